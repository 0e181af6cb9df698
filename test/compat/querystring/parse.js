// querystring.parse/decode: empty pairs, repeated keys, '+', bad escapes, sep/eq, maxKeys, decoder.
const qs = require('querystring');
const cases = ['', 'a', 'a=', '=a', '=', '&', '&&a=1&&', 'a=1&a=2&a=3', 'a=b=c', 'a+b=c+d', 'a%20b=%zz',
  '%E4%BD%A0=%ff', 'a&b&c', '=&=', 'a==b', '__proto__=1&constructor=2', 'a=1;b=2', 'x=%', 'k=v%2', '%=%',
  'a=%F0%9F%98%80', 'a=%C3', 'a=1&b=2&c=3&d=4', 'a[]=1&a[]=2', 'a=%2B%2b', 'hasOwnProperty=x&toString=y'];
for (const c of cases) console.log([c], qs.parse(c));
console.log(qs.parse('a=1;b=2', ';'), qs.parse('a:1;b:2', ';', ':'), qs.parse('a=>1<>b=>2', '<>', '=>'));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.parse('a=1&b=2', '&', '=', { maxKeys: 0 }));
console.log(qs.parse('a=1&&b=2', '&', '=', { maxKeys: 2 }), qs.parse('a=1&b=2', '&', '=', { maxKeys: -1 }));
console.log(qs.parse('a=%41', '&', '=', { decodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.parse('a=b+c', '&', '=', { decodeURIComponent: (s) => `<${s}>` }));
console.log(qs.parse('a=%41', '&', '=', { decodeURIComponent: () => { throw new Error('x'); } }));
console.log(qs.parse(5), qs.parse('a=1', '', ''), qs.parse('a', 5, 6), qs.parse(null), qs.parse('a=1', undefined, undefined, null));
console.log(qs.decode === qs.parse, Object.getPrototypeOf(qs.parse('a=1')));
const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(qs.parse(many)).length, Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length);
