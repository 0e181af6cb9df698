// querystring stringify → parse round trips, multi-character separators, decodeURIComponent option.
const qs = require('querystring');
const objects = [{ a: 'b' }, { 'a b': 'c&d', e: ['1', '2'] }, { 'é': '€', '\u{1F600}': 'x' }, { '': '' }, { a: '' }, { '=': '&' }];
for (const o of objects) {
  const text = qs.stringify(o);
  console.log(text, qs.parse(text), qs.parse(qs.stringify(o, '||', '=>'), '||', '=>'));
}
console.log(qs.parse('a=1&b=2', '&', '=', { decodeURIComponent: decodeURIComponent }));
console.log(qs.parse('a=%E0%A4%A&b=%41', '&', '=', { decodeURIComponent: decodeURIComponent }));
console.log(qs.parse('a=%41', '&', '=', { decodeURIComponent: 5 }), qs.parse('a=1&b', 'x', 'y'), qs.parse('axb', 'x', ''));
console.log(qs.stringify({ a: 'b' }, 'x', 'y', { encodeURIComponent: 5 }), qs.stringify({ a: 'b' }, 0, 0));
