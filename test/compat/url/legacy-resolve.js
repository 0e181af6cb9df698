// url.resolve and url.resolveObject: RFC 1808/3986 examples and Node's protocol and mailto quirks.
const url = require('url');
const base = 'http://a/b/c/d;p?q';
const refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s',
  '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
  'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'http:', 'https:g',
  'https://x/y', 'HTTP://A/B', '//h2:81/p', 'mailto:x@y'];
for (const ref of refs) console.log(JSON.stringify(ref), url.resolve(base, ref));
const pairs = [
  ['/foo/bar/baz', 'quux'], ['/foo/bar/baz', '../quux/baz'], ['/foo/bar/baz', '/bar'], ['foo/bar', '../../../baz'],
  ['foo/bar/', '../../../../baz'], ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'https://u:p@h.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/a/b/c/d'], ['http://example.com/b//c//d;p?q#blarg', 'http:#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/p/a/t/h?s#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'http://u:p@h.com/p/a/t/h?s#hash2'],
  ['mailto:local1@domain1', 'local2@domain2'], ['mailto:local1@domain1', 'mailto:local2@domain2'], ['mailto:local1@domain1?query1', '?query2'],
  ['mailto:local1@domain1?query1', 'local2@domain2?query2'], ['http://localhost', 'file:///Users/foo'], ['http://localhost', 'file://foo/Users'],
  ['https://registry.npmjs.org', '@foo/bar'], ['http://a/b', 'ftp:c'], ['http://u:p@a/b', '//c/d'], ['http://u:p@a/b', '/c'],
  ['sc:a/b', 'c'], ['sc:a/b', '../../c'], ['http://a', '../x'], ['http://a/', '.'], ['http://a', '?q'], ['/a/b', '?q'],
  ['http://a/b/c', 'g/..'], ['http://a/b/c', '..'], ['file:///a/b', 'c'], ['http://a/b', 'HTTP:c'], ['http://x', ''],
];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), url.resolve(from, to));
const obj = url.resolveObject('http://u@a/b/c?q#h', '../d?e');
console.log(obj);
console.log(url.resolveObject('', 'x'), url.resolveObject('http://a/', url.parse('b?c', false, true)).href);
for (const bad of [[1, 'a'], ['a', 1]]) {
  try { url.resolve(...bad); } catch (err) { console.log(err.code, err.message); }
}
