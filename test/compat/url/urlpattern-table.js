'use strict';
// URLPattern: every pattern of a table against every input — the normalized components of each pattern
// (or its error) and each match with its groups. Pathname, hostname, protocol, port, search and hash
// patterns, constructor strings with and without base URLs, ignoreCase, and invalid patterns.
const patterns = [
  // pathname inits
  { pathname: '/foo/bar' }, { pathname: '/foo/:bar' }, { pathname: '/foo/([^\\/]+?)' }, { pathname: '/foo/(.*)' },
  { pathname: '/foo/*' }, { pathname: '/foo/:bar(.*)' }, { pathname: '/foo/:bar?' }, { pathname: '/foo/:bar+' },
  { pathname: '/foo/:bar*' }, { pathname: '/foo/(.*)?' }, { pathname: '/foo/*?' }, { pathname: '/foo/*+' },
  { pathname: '/foo/**' }, { pathname: '/foo{/bar}?' }, { pathname: '/foo{/bar}+' }, { pathname: '/foo{/bar}*' },
  { pathname: '/foo{/:bar}?' }, { pathname: '{/:a}*' }, { pathname: '/:a-:b' }, { pathname: '/:a.:b' },
  { pathname: '/:a(\\d+)' }, { pathname: '/:a(\\d+)/:b(\\w+)?' }, { pathname: '/(\\d+)' }, { pathname: '/(a|b)/(c)' },
  { pathname: '/foo/bar', baseURL: 'https://example.com?query#hash' }, { pathname: 'bar', baseURL: 'https://example.com/foo/' },
  { pathname: ':x', baseURL: 'https://example.com/a/b' }, { pathname: '/caf\u00e9' }, { pathname: '/caf%C3%A9' },
  { pathname: '/a b' }, { pathname: '/./a/../b' }, { pathname: '/foo/\\:bar' }, { pathname: '/foo\\*' },
  { pathname: '/:name\\:x' }, { pathname: '/{a}{b}' }, { pathname: '/{:a}{:b}' }, { pathname: '/:a{}:b' },
  { pathname: '/:\u00e9t\u00e9' }, { pathname: '/(.*)/(.*)' }, { pathname: '*' }, { pathname: '/*/*' },
  { pathname: '/foo{.html}?' }, { pathname: '/:file{.:ext}?' }, { pathname: '/:a{-:b}*' }, { pathname: '{:a/}+' },
  // other components
  { protocol: 'http{s}?' }, { protocol: 'http' }, { protocol: '(http|https)' }, { protocol: ':p(http.*)' },
  { protocol: 'HTTPS' }, { protocol: 'foo' }, { protocol: 'javascript', pathname: 'alert(*)' },
  { protocol: 'data', pathname: 'text/*' }, { protocol: 'foo', pathname: '/a b' }, { protocol: 'foo', pathname: 'a b' },
  { username: ':user', password: ':pass' }, { username: 'caf\u00e9' }, { password: 'p@ss' },
  { hostname: 'example.com' }, { hostname: '*.example.com' }, { hostname: '{*.}?example.com' }, { hostname: ':sub.example.com' },
  { hostname: 'EXAMPLE.COM' }, { hostname: '\u4f8b\u3048.jp' }, { hostname: '[\\:\\:1]' }, { hostname: '{[\\:\\:ab]}' },
  { hostname: '127.0.0.1' }, { hostname: '0x7f.0.0.1' }, { hostname: 'xn--caf-dma.com' }, { hostname: '(.*).com' },
  { hostname: 'a.:b.com' }, { hostname: 'ex ample' },
  { port: '8080' }, { port: '80' }, { port: '(80|8080)' }, { port: ':p(\\d+)' }, { port: '0080' }, { port: '99999' },
  { protocol: 'https', port: '443' }, { protocol: 'http', port: '443' },
  { search: 'q=:q' }, { search: '?q=:q' }, { search: 'a=b&c=*' }, { search: '*' }, { search: 'a b' }, { search: "a'b" },
  { hash: 'section-:n(\\d+)' }, { hash: '#top' }, { hash: 'a b`' }, { hash: '*' },
  { pathname: '/foo/bar', search: 'x', hash: 'y', baseURL: 'https://example.com' },
  { baseURL: 'https://u:p@example.com:8080/a/b?c#d' }, { baseURL: 'file:///tmp/x' }, { baseURL: 'data:text/plain,hi' },
  // constructor strings
  'https://example.com/foo/bar', 'https://example.com/:path*', 'https://*.example.com/*', 'https://{*.}?example.com/*',
  'http{s}?://example.com/*', 'https://example.com:8080/*', 'https://example.com:443/*', 'https://u:p@example.com/*',
  'https://example.com/*?q=:q', 'https://example.com/*#:h', 'https://example.com/foo?bar#baz',
  'https://example.com/:id(\\d+)', 'https://example.com/:a/:b?', 'data\\:foo*', 'data:foo*', 'javascript:alert(*)',
  'foo://bar/baz', 'foo:bar', 'https://[\\:\\:1]/*', 'https://[\\:\\:1]:8080/*', 'https://example.com/foo/bar?',
  '*://example.com/*', ':proto://example.com/*', 'https://:sub.example.com/*', 'https://example.com:(\\d+)/*',
  'https://example.com/{foo}?', 'https://example.com/(foo|bar)', 'https://example.com/foo\\?bar', 'https\\://example.com',
  'https://example.com/#', 'https://example.com/?', 'https://example.com', 'file:///tmp/*', 'file://*',
  'https://example.com/caf\u00e9', 'https://EXAMPLE.com/A', 'http://a.com:80/', 'https://a.com:0/',
  '/foo', '/foo/:bar', '?q=1', '#hash', 'relative/*', '../up', '', '*',
  // with base URLs
  ['/foo/:bar', 'https://example.com'], ['/foo/:bar?x=1', 'https://example.com'], ['?q=:q', 'https://example.com/path'],
  ['#:h', 'https://example.com/path?x'], ['bar', 'https://example.com/foo/'], ['../x', 'https://example.com/a/b/c'],
  ['https://other.com/*', 'https://example.com'], ['/foo', 'data:text/plain,x'], ['/foo', 'not a url'],
  ['*', 'https://example.com/'],
  // options
  [{ pathname: '/FOO/:bar' }, { ignoreCase: true }], ['https://example.com/FOO/*', { ignoreCase: true }],
  ['/A/:b', 'https://example.com', { ignoreCase: true }], [{ hostname: 'EXAMPLE.com', pathname: '/x' }, { ignoreCase: true }],
  // errors
  { pathname: '/(' }, { pathname: '/(?:x)' }, { pathname: '/((x))' }, { pathname: '/:' }, { pathname: '/:0' },
  { pathname: '/{' }, { pathname: '/}' }, { pathname: '/{{a}}' }, { pathname: '/:a/:a' }, { pathname: '/??' },
  { pathname: '/(\u00e9)' }, { pathname: '/([a-z--b])' }, { pathname: '/([^/])' }, { pathname: '\\' },
  { protocol: '1http' }, { protocol: 'ht tp' }, { hostname: '[x]' }, { hostname: 'a\\:b' }, { port: 'x' },
  { baseURL: 'not a url' }, ['https://example.com', 'https://base'], ['/no/base'], ['https://example.com/(', 'https://b'],
  [{ pathname: '/a' }, 'https://base'],
];
const inputs = [
  'https://example.com/foo/bar', 'https://example.com/foo/bar/baz', 'https://example.com/foo', 'https://example.com/foo/',
  'https://example.com/foo/index.html', 'https://example.com/foo/bar?query#hash', 'https://example.com/foo/bar?q=1#top',
  'http://example.com/foo/bar', 'https://sub.example.com/foo', 'https://a.b.example.com/', 'https://example.com:8080/x',
  'http://example.com:80/', 'https://example.com:443/', 'https://u:p@example.com/', 'https://user:pass@example.com/foo/bar',
  'https://EXAMPLE.COM/FOO/BAR', 'https://example.com/caf\u00e9', 'https://example.com/a%20b', 'https://example.com/123',
  'https://example.com/123/abc', 'https://example.com/a/c', 'https://example.com/file.html', 'https://example.com/file',
  'https://example.com/a-b', 'https://example.com/a.b', 'https://[::1]/x', 'https://[::1]:8080/x', 'https://127.0.0.1/',
  'https://\u4f8b\u3048.jp/', 'https://xn--caf-dma.com/', 'data:foo', 'data:text/plain', 'javascript:alert(1)',
  'foo://bar/baz', 'foo:bar', 'foo:/a%20b', 'file:///tmp/x', 'https://example.com/?q=v', 'https://example.com/#section-12',
  'https://example.com/search?a=b&c=d', 'not a url', '/relative',
  { pathname: '/foo/bar' }, { pathname: '/foo' }, { pathname: '/FOO/BAR' }, { hostname: 'example.com', pathname: '/foo/bar' },
  { protocol: 'https', hostname: 'example.com', pathname: '/foo/bar', search: 'otherquery', hash: 'otherhash' },
  { pathname: '/foo/bar', baseURL: 'https://example.com' }, { pathname: 'bar', baseURL: 'https://example.com/foo/' },
  { protocol: 'HTTP:', hostname: 'EXAMPLE.COM', port: '80' }, { port: '8080' }, { port: 'bad' }, { search: '?q=1' },
  { hash: '#top' }, { pathname: '/caf\u00e9' }, { pathname: '/a b' }, { hostname: '[::1]' }, { protocol: 'foo', pathname: 'a b' },
  { baseURL: 'not a url' }, {},
  ['/foo/bar', 'https://example.com'], ['bar', 'https://example.com/foo/'], ['?q=1', 'https://example.com/foo/bar'],
  ['/x', 'bad base'],
];

function show(v) {
  if (v === undefined) return 'undefined';
  return JSON.stringify(v);
}

const keys = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
let matches = 0;
for (const p of patterns) {
  const args = Array.isArray(p) ? p : [p];
  let pattern;
  try {
    pattern = new URLPattern(...args);
  } catch (e) {
    console.log(`${show(args)} -> ${e.name} ${e.code}`);
    continue;
  }
  console.log(`${show(args)} -> ${keys.map((k) => pattern[k]).join(' | ')} | ${pattern.hasRegExpGroups}`);
  for (const input of inputs) {
    const iargs = Array.isArray(input) ? input : [input];
    let r;
    try {
      r = pattern.exec(...iargs);
    } catch (e) {
      console.log(`  ${show(iargs)}: ${e.name} ${e.code}`);
      continue;
    }
    const t = pattern.test(...iargs);
    if ((r !== null) !== t) console.log(`  ${show(iargs)}: test/exec disagree`);
    if (r === null) continue;
    matches++;
    const parts = keys.map((k) => `${k}=${show(r[k].input)}${Object.keys(r[k].groups).length ? show(Object.entries(r[k].groups).map(([n, v]) => `${n}:${v === undefined ? '<undef>' : v}`)) : ''}`);
    console.log(`  ${show(iargs)}: ${parts.join(' ')}`);
  }
}
console.log(`${patterns.length} patterns, ${inputs.length} inputs, ${matches} matches`);
