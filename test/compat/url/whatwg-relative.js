// Relative references against special and non-special bases, and invalid bases.
const show = require('./_cases');
const base = 'http://user:pw@example.com:8080/a/b/c?q=1#f';
show([
  ['', base], ['?x', base], ['#x', base], ['d', base], ['./d', base], ['../d', base], ['../../d', base],
  ['../../../../d', base], ['/d', base], ['//other/d', base], ['///other/d', base], ['\\d', base],
  ['\\\\other\\d', base], ['.', base], ['..', base], ['./', base], ['d?', base], ['d#', base],
  ['https:d', base], ['http:d', base], ['http:/d', base], ['http://d', base], ['HTTP:d', base],
  ['sc:d', base], ['g;x', base], ['g?y/./x', base], ['g#s/../x', base], [' \tg\n ', base],
  ['//', base], ['/\\/x', base], ['?', base], ['#', base], ['%2e%2e/d', base], ['a:b', base],
  ['x', 'sc://h/a/b'], ['/x', 'sc://h/a/b'], ['../x', 'sc://h/a/b'], ['//h2/x', 'sc://h/a/b'],
  ['\\x', 'sc://h/a/b'], ['?q', 'sc://h/a/b'], ['#f', 'sc://h/a/b'], ['x', 'sc:/a/b'], ['x', 'sc:a'],
  ['#f', 'sc:a'], ['#f', 'sc:a?q'], ['?q', 'sc:a'], ['', 'sc:a'], ['x', 'sc://h'], ['x', 'sc://h/'],
  ['/x', 'sc:/a'], ['x', 'about:blank'], ['#x', 'about:blank'], ['x', 'mailto:a@b'],
  ['x', 'data:text/plain,hi'], ['#x', 'data:text/plain,hi'], ['x', 'not a url'], ['x', ''],
  ['http://ok/', 'not a url'], ['x', 'http://'], ['x', 'file:'], ['x', 'sc://h/a/../../b'],
  ['../x', 'http://h'], ['x?y#z', 'http://h/a?b#c'], ['http:', base], ['https:', base], ['sc:', base],
  ['blob:x', base], ['javascript:alert(1)', base], ['//[::1]:1/x', base], ['http://[::1', base],
]);
