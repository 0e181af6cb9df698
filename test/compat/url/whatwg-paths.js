// Paths: dot segments in all spellings, percent-encoding sets, backslashes, odd characters.
const show = require('./_cases');
show([
  ['http://x/a/./b/../c'], ['http://x/a/%2e/b/%2E%2e/c'], ['http://x/a/.%2E/b'], ['http://x/a/%2e./b'],
  ['http://x/a/..'], ['http://x/a/../'], ['http://x/a/.'], ['http://x/..'], ['http://x/../../..'],
  ['http://x/a/...'], ['http://x/a/.../b'], ['http://x/a/%2e%2e%2e'], ['http://x/a\\b\\..\\c'],
  ['http://x/a//b'], ['http://x//'], ['http://x/a b'], ['http://x/a"b<c>d`e{f}g^h|i'],
  ['http://x/a#b?c'], ['http://x/%'], ['http://x/%zz%2'], ['http://x/%25'], ['http://x/\u00e9'],
  ['http://x/e\u0301'], ['http://x/\u0000\u0001\u007f'], ['http://x/~!$&\'()*+,;=:@'], ['http://x/[]'],
  ['http://x/a;b=c/d'], ['http://x/\ufeff'], ['http://x/a?b c"d\'e<f>g`h{i}j'], ['sc://x/a?b c"d\'e<f>'],
  ['http://x/?a=b&c=d%20e+f'], ['http://x/#a b"c<d>e`f{g}h'], ['http://x/#\u0000\u007f'],
  ['http://x/?\u0000\u007f'], ['sc://x/a b\\c'], ['sc://x/./a/../b'], ['sc://x/.%2e'], ['sc:/a/../../b'],
  ['sc:/.//a'], ['sc:/..//a'], ['sc://x/a/%2E'], ['sc:/a/./'], ['sc:/a/.'], ['http://x/a/b/c/../../d'],
  ['http://x/%2f'], ['http://x/%5C'], ['http://x/./.././a/./'], ['http://x/a/..%2f'],
]);
