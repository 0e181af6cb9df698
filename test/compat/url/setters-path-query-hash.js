// pathname, search, hash and href setters, and what they do to searchParams.
const setters = require('./_setters');
setters('pathname', [
  ['http://x/a', 'b'], ['http://x/a', '/b/../c'], ['http://x/a', ''], ['http://x/a', 'a b?c#d'], ['http://x/a', '\\b\\c'],
  ['sc://x/a', '\\b'], ['sc://x/a', ''], ['sc://x', 'b'], ['sc:/a', '//b'], ['sc:a', 'b'], ['file:///a', 'C|/b'],
  ['file:///a', '/c:/../d'], ['http://x/', '%2e%2E'], ['sc:/a', ''], ['http://x/a', '\u00e9'],
]);
setters('search', [
  ['http://x/', 'a=b'], ['http://x/', '?a=b'], ['http://x/?a', ''], ['http://x/?a', '?'], ['http://x/', '#a'],
  ['http://x/', 'a b\'c'], ['sc://x/', 'a\'b'], ['sc:a #f', ''], ['sc:a', 'q'], ['http://x/#f', 'q'], ['http://x/', '??'],
]);
setters('hash', [
  ['http://x/', 'a'], ['http://x/', '#a'], ['http://x/#a', ''], ['http://x/#a', '#'], ['http://x/', 'a b`c#d'],
  ['sc:a b', ''], ['sc:a', 'h'], ['http://x/', '\u0000'],
]);
setters('href', [
  ['http://x/', 'https://y/z'], ['http://x/', 'relative'], ['http://x/', ''], ['http://x/', 'sc:y'],
]);
const url = new URL('http://x/?a=1&b=2');
const params = url.searchParams;
url.search = 'c=3';
console.log([...params], url.searchParams === params);
url.href = 'http://y/?d=4';
console.log([...params]);
url.search = '';
console.log([...params], params.size);
params.append('e', '5 6');
console.log(url.href);
params.delete('e');
console.log(url.href);
url.hash = 'h';
params.set('f', '~!');
console.log(url.href);
const opaque = new URL('sc:a b?x=1#f');
opaque.searchParams.delete('x');
console.log(opaque.href);
