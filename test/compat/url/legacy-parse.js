// url.parse: Node's legacy parser and its quirks (every field of the Url it returns).
// compat: stderr
const url = require('url');
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://EXAMPLE.com/A?B#C', '//host/path',
  '/just/a/path?x=1', 'relative/path', '?only=query', '#only-hash', '', '   http://trim.me/  ', 'http://a b/',
  'http://a@b@c/d', 'http://a:b@c?d@e', 'http://x\\y\\z?a\\b#c\\d', 'mailto:user@example.com', 'javascript:alert(1)',
  'JavaScript:void(0) x', 'file:///etc/passwd', 'file://host/share', 'file:relative', 'http://[::1]:3000/x',
  'http://[fe80::1%25en0]/', 'http://münchen.de/ü?ü#ü', 'http://x.com:/', 'http://x.com:abc/', 'http://x.com/a"b<c>d`e{f|g}h^i\'j',
  'http://x.com/a b\tc\nd', 'ftp://ftp.x/f', 'git+ssh://git@github.com:org/repo.git', 'xmpp:user@host', 'about:blank',
  'http://x?y', 'http://x#y', 'http:x', 'http:/x', 'http:///x', 'HTTP://X.COM', 'www.example.com/path',
  '//user@host', 'sc://h/p', 'urn:isbn:123', 'http://-x.com/', 'http://x_y.com/', 'http://%20x/', 'http://x/%zz',
  'http://[::1/', 'http://host.com:65536/', 'https://a.b.c.d.e.f/g', 'http://x/?a=1&a=2&b', 'data:text/plain;base64,SGk=',
  'http://\u00ad/', 'http://user@:80/', 'http://:80/', 'http://@/', 'a:b:c', '//a/b', 'http://a.com/\u{1F600}',
];
const fields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
for (const input of inputs) {
  let out;
  try {
    const u = url.parse(input);
    out = fields.map((f) => `${f}=${JSON.stringify(u[f])}`).join(' ');
  } catch (err) {
    out = `${err.name} ${err.code}`;
  }
  console.log(`${JSON.stringify(input)}\n  ${out}`);
}
console.log(url.parse('http://x/?a=1&a=2&b=%20', true).query, url.parse('http://x/', true).query, url.parse('/p', true));
console.log(url.parse('//host/p', false, true), url.parse('//host/p?q', true, true).query);
console.log(url.parse('http://x/') instanceof url.Url, url.parse(url.parse('http://x/')) !== undefined);
const u = url.parse('http://x/');
console.log(url.parse(u) === u);
for (const bad of [5, null, undefined, {}, Symbol.iterator]) {
  try { url.parse(bad); } catch (err) { console.log(err.code, err.message); }
}
