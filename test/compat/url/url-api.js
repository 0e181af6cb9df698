// URL: constructor arguments and errors, canParse/parse, toString/toJSON, descriptors, globals.
const url = require('url');
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, require('node:url').URL === URL);
for (const args of [['http://x'], ['/p', 'http://x/a'], ['p', new URL('http://x/a/b')], [{ toString: () => 'http://obj/' }],
  ['http://x', undefined], [undefined], [null], ['x', null], ['x', 'y'], [''], ['http://x', 'bad base']]) {
  try {
    console.log(new URL(...args).href);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.input, 'base' in err ? err.base : '-', Object.keys(err));
  }
}
try { new URL(); } catch (err) { console.log(err.code, err.message); }
try { URL.canParse(); } catch (err) { console.log(err.code, err.message); }
try { URL.parse(); } catch (err) { console.log(err.code, err.message); }
try { URL('http://x'); } catch (err) { console.log(err.name); }
try { new URL(Symbol('s')); } catch (err) { console.log(err.name); }
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y'), URL.canParse('x', 'bad'), URL.canParse(''));
const parsed = URL.parse('/a?b#c', 'https://h');
console.log(parsed instanceof URL, parsed.href, URL.parse('nope'), URL.parse('x', 'nope'), parsed.searchParams.get('b'));
const u = new URL('https://h/p?q=1#f');
console.log(String(u), u.toString(), u.toJSON(), JSON.stringify({ u }), `${u}`, u + '');
console.log(Object.prototype.toString.call(u), Object.keys(u), JSON.stringify(Object.keys(URL.prototype)));
console.log(Object.getOwnPropertyNames(URL.prototype), Object.getOwnPropertyNames(URL).sort());
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype), Object.keys(URLSearchParams.prototype));
const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return `${String(k)}:${Object.keys(x).filter((n) => x[n] === true).join('+')}`; };
console.log(['href', 'origin', 'searchParams', 'toString', 'toJSON'].map((k) => d(URL.prototype, k)).join(' '));
console.log(['parse', 'canParse', 'createObjectURL', 'revokeObjectURL'].map((k) => d(URL, k)).join(' '));
console.log(['append', 'size', 'toString'].map((k) => d(URLSearchParams.prototype, k)).join(' '), d(URLSearchParams.prototype, Symbol.iterator));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries, URL.length, URLSearchParams.length);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams').writable);
console.log(u.searchParams === u.searchParams, Object.prototype.toString.call(u.searchParams.keys()));
const proto = Object.getPrototypeOf(u.searchParams.keys());
console.log(Object.getOwnPropertyNames(proto), typeof proto[Symbol.iterator], Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
class MyURL extends URL {}
const mine = new MyURL('http://sub/');
console.log(mine instanceof URL, mine.href, MyURL.canParse('http://x'));
try { URL.createObjectURL('x'); } catch (err) { console.log(err.code, err.message); }
try { URL.revokeObjectURL(); } catch (err) { console.log(err.code, err.message); }
console.log(URL.revokeObjectURL('blob:nope'), URL.revokeObjectURL('http://x'));
