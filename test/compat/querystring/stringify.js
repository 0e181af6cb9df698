// querystring.stringify/encode: value kinds, arrays, separators, custom encoder.
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: [1, 2], c: 'x y', d: true, e: null, f: undefined, g: NaN, h: Infinity,
  i: 10n, j: {}, k: [], 'é': 'ü~!*()\'', l: -0 }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('x'), qs.stringify(null), qs.stringify([1, 2]));
console.log(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(qs.stringify({ a: ['x', ['y']], b: false }), qs.stringify({ a: '\ud83d\ude00' }));
console.log(qs.stringify({ a: 1 }, '', ''), qs.stringify({ a: Symbol('s'), b: () => 1 }));
console.log(qs.stringify({ a: 2n ** 70n, b: 0.1, c: 1e21 }), qs.encode === qs.stringify);
console.log(qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.code, e.name, e.message); }
try { qs.stringify({ '\udc00': 'x' }); } catch (e) { console.log(e.code, e.name, e.message); }
const round = { q: 'a&b=c', r: ['1', '2'], s: '' };
console.log(qs.parse(qs.stringify(round)));
