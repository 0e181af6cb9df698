// url.format(URL, options): auth, fragment, search and unicode, truthiness, bad options.
const url = require('url');
const u = new URL('https://us er:pw@xn--mnchen-3ya.de:8080/p/ä?q=1&r#frag');
const combos = [undefined, {}, { auth: false }, { fragment: false }, { search: false }, { unicode: true },
  { auth: 0, fragment: '', search: null, unicode: 'yes' }, { auth: false, fragment: false, search: false, unicode: true }];
for (const options of combos) console.log(JSON.stringify(options), url.format(u, options));
console.log(url.format(new URL('http://[::1]:80/')), url.format(new URL('sc:opaque?q#h'), { search: false }));
console.log(url.format(new URL('http://a.xn--ls8h.com/'), { unicode: true }), url.format(new URL('file:///x'), { unicode: true }));
for (const options of [5, 'x', true]) {
  try { console.log(url.format(u, options)); } catch (err) { console.log(err.code, err.message); }
}
