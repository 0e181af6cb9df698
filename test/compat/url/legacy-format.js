// url.format of legacy objects (what wins when host, hostname, search and query disagree) and of
// strings; Url.prototype.format escaping.
const url = require('url');
const objects = [
  { protocol: 'http', host: 'a.com', pathname: '/p' }, { protocol: 'http:', hostname: 'a.com', port: 80, pathname: 'p' },
  { protocol: 'https', hostname: '::1', port: '8', pathname: '/' }, { protocol: 'http', hostname: '[::1]' },
  { protocol: 'mailto', pathname: 'a@b' }, { protocol: 'mailto', slashes: true, host: 'x' }, { protocol: 'file', pathname: '/etc' },
  { protocol: 'file:', host: '', pathname: 'x' }, { protocol: 'FILE', pathname: '/x' }, { host: 'h', pathname: 'p' },
  { hostname: 'h', port: 1, search: 'a=1', hash: 'x' }, { query: { a: [1, 2], b: 'c d' }, pathname: '/p' },
  { search: '?s=1', query: { q: 2 } }, { search: '', query: { q: 2 } }, { pathname: '/a#b?c', search: '?d#e', hash: '#f' },
  { auth: 'user:p@ss w/rd', host: 'h' }, { auth: 'ü:€', hostname: 'h' }, { protocol: 'http', auth: 'a', pathname: '/x' },
  { protocol: 'javascript', pathname: 'alert(1)' }, { protocol: 'ws', host: 'h', slashes: false }, {}, { query: 'a=b' },
  { protocol: 'xmpp', host: 'h', pathname: 'p' }, { protocol: 'http', slashes: true }, { href: 'http://ignored/', pathname: '/only' },
];
for (const o of objects) console.log(JSON.stringify(o), url.format(o));
console.log(url.format('http://a.com:80/b?c#d'), url.format('//x'), url.format(new url.Url()), url.format(Object.create(null)));
const parsed = url.parse('http://user:pw@host:8080/p?q=1#h', true);
parsed.query.extra = 'y z';
parsed.search = null;
console.log(parsed.format(), url.format(parsed));
for (const bad of [5, null, undefined, true]) {
  try { url.format(bad); } catch (err) { console.log(err.code, err.message); }
}
