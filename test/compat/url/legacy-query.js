// url.parse with parseQueryString and slashesDenoteHost, and the Url class itself.
const url = require('url');
for (const input of ['http://h/p?a=1&b=2&a=3', 'http://h/p?', 'http://h/p', '/p?x=%20+y', '?q', 'p?a&b=', '//h/p?z=1', 'mailto:a@b?subject=hi']) {
  const plain = url.parse(input);
  const parsed = url.parse(input, true);
  const hosted = url.parse(input, true, true);
  console.log(JSON.stringify(input), plain.query, parsed.query, parsed.search, hosted.host, hosted.pathname);
}
const u = new url.Url();
console.log(u, Object.keys(u));
console.log(u.parse('http://x/y') === u, u.href, typeof url.Url.prototype.resolveObject, typeof url.Url.prototype.parseHost);
console.log(Object.getOwnPropertyNames(url.Url.prototype).sort());
console.log(new url.Url().format(), url.parse('http://h/').resolve('x'), url.parse('http://h/a/').resolveObject('../b').href);
