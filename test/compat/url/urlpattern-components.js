'use strict';
// URLPattern constructor strings split into components (the lenient second tokenizer), base URLs
// filling what the pattern leaves out, default ports, special and opaque paths.
const keys = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
const show = (...args) => {
  try {
    const p = new URLPattern(...args);
    console.log(JSON.stringify(args), keys.map((k) => `${k}=${p[k]}`).join(' '));
  } catch (e) {
    console.log(JSON.stringify(args), e.code);
  }
};
for (const s of ['https://example.com/foo/bar', 'https://example.com', 'https://example.com/', 'foo://example.com',
  'https://u:p@example.com/', 'https://u@example.com/', 'https://:p@example.com/', 'https://example.com:8080',
  'https://example.com:443/', 'http://example.com:80', 'https://[\\:\\:1]:8080/', 'https://[::1]/',
  'https://example.com/?', 'https://example.com/#', 'https://example.com?q', 'https://example.com#h',
  'https://example.com/:id?x=1', 'https://example.com/:id\\?x=1', 'https://example.com/*?x', 'https://example.com/(a)?x',
  'data:text/plain,*', 'data\\:x', 'javascript:alert(*)', 'mailto\\:*', 'foo:bar/baz', 'foo:/bar', 'foo://bar',
  'file:///tmp/*', 'file://host/x', '*://*', ':a://:b', '{https}?://example.com', 'http{s}?://{*.}?example.com/*',
  'https://example.com:(\\d+)', 'https://ex{ample}?.com', 'https://example.com/{a/b}+']) {
  show(s);
}
const base = 'https://user:pass@example.com:8080/a/b?c#d';
for (const s of ['/x', 'x', '../x', '?q', '#h', '', '*', 'https://other.com', '//other.com/x', ':a', '/:a?x']) show(s, base);
show({ pathname: 'x', baseURL: base });
show({ search: 'q', baseURL: base });
show({ hash: 'h', baseURL: base });
show({ hostname: 'h.com', baseURL: base });
show({ port: '1', baseURL: base });
show({ protocol: 'http', baseURL: base });
show({ username: 'u', baseURL: base });
show({ pathname: 'x', baseURL: 'data:text/plain,hi' });
show({ pathname: '/x', baseURL: 'https://example.com/a*b(c)' });
show('/x', 'https://example.com/a*b(c)/');
show({ protocol: 'http', port: '80' });
show({ protocol: 'HTTP', port: '80' });
show({ protocol: 'http{s}?', port: '80' });
show({ protocol: 'https', port: '443' });
show({ protocol: 'ftp', port: '21' });
show({ protocol: 'file', port: '0' });
show({ protocol: 'foo', port: '443' });
show({ protocol: 'foo', pathname: '/a b' });
show({ protocol: 'foo', pathname: 'a b/./c' });
show({ protocol: 'foo', pathname: 'a\u0001b' });
show({ protocol: '(https|foo)', pathname: 'a b/.' });
show({ pathname: 'a b/./c' });
show({ pathname: '/a/%2e%2E/b' });
show({ pathname: '/a\\\\b' });
