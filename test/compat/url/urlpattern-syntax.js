'use strict';
// URLPattern pattern syntax, one case per line: what each pattern normalizes to (its getters) or that
// it is refused, and how its groups come out. Named groups, regexp groups, wildcards, modifiers,
// {} groups, escapes, prefixes and suffixes, group-name rules, the 'v' regexp flag, hasRegExpGroups.
const cases = [
  ['pathname', '/foo/:bar'], ['pathname', '/foo/:bar?'], ['pathname', '/foo{/:bar}?'], ['pathname', '/foo/*'],
  ['pathname', '/foo/(.*)'], ['pathname', '/foo/([^\\/]+?)'], ['pathname', '/:a([^\\/]+?)x'], ['pathname', '/*/:a'],
  ['pathname', '/(.*)/:a'], ['pathname', '/:a(.*)'], ['pathname', '/:foo\\bar'], ['pathname', '/:foo\\:bar'],
  ['pathname', '/{a}'], ['pathname', '/{a}?'], ['pathname', '{/a}?'], ['pathname', '/:a:b'], ['pathname', '/:a(x)?b'],
  ['pathname', '/:a(x)?:b'], ['pathname', '/:a*b'], ['pathname', '/:a{-:b}*'], ['pathname', '.:a'], ['pathname', '/**'],
  ['pathname', '/*?'], ['pathname', '/:$a_1'], ['pathname', '/:\u00e9t\u00e9'], ['pathname', '/(a(?:b))'],
  ['pathname', '/([\\p{L}--[a-z]])'], ['pathname', '/:a/./b/../c'], ['pathname', '/a b/\u00e9'],
  ['pathname', '/:0'], ['pathname', '/:'], ['pathname', '/()'], ['pathname', '/(a(b))'], ['pathname', '/(\u00e9)'],
  ['pathname', '/\\'], ['pathname', '/{a'], ['pathname', '/a}'], ['pathname', '/{:a{b}}'], ['pathname', '/??'],
  ['pathname', '/a??'], ['pathname', '/:a/:a'], ['pathname', '/(?:x)'], ['pathname', '/([a-z--b])'],
  ['pathname', '/:a([^/]+?)'],
  ['hostname', ':a.:b'], ['hostname', '{:a.}*example.com'], ['hostname', '*.example.com'], ['hostname', 'EXAMPLE.com'],
  ['hostname', '\u4f8b\u3048.jp'], ['hostname', 'a%41.com'], ['hostname', 'a/b'], ['hostname', 'a#b'],
  ['hostname', 'a b'], ['hostname', 'a<b'], ['hostname', 'a:b'], ['hostname', '[\\:\\:AB]'], ['hostname', '[::1]'],
  ['hostname', '[x]'], ['hostname', '0x7f.1'], ['hostname', 'ex.com.'],
  ['protocol', 'HTTPS:'], ['protocol', 'http{s}?'], ['protocol', ':http'], ['protocol', 'http::'], ['protocol', '1http'],
  ['username', 'a b@'], ['username', 'a\\:b'], ['password', 'p w/:x'], ['username', ':'],
  ['port', '080'], ['port', '99999'], ['port', 'abc'], ['port', '443'], ['port', ':p(\\d+)'],
  ['search', '?a b'], ['search', "a'b"], ['search', 'a#b'], ['search', '??a'], ['search', '\u00e9'], ['search', 'a=:b&c=*'],
  ['hash', '#a b`'], ['hash', '##a'], ['hash', '\u00e9{x}'],
];
for (const [component, text] of cases) {
  let p;
  try {
    p = new URLPattern({ [component]: text });
  } catch (e) {
    console.log(`${component} ${JSON.stringify(text)}: ${e.code}`);
    continue;
  }
  console.log(`${component} ${JSON.stringify(text)}: ${JSON.stringify(p[component])} regexp groups: ${p.hasRegExpGroups}`);
}

const groups = (pattern, input) => {
  const r = new URLPattern(pattern).exec(input);
  console.log(JSON.stringify(pattern), JSON.stringify(input), r === null ? null : r.pathname.groups);
};
groups({ pathname: '/:x?' }, { pathname: '/' });
groups({ pathname: '/:x?' }, { pathname: '' });
groups({ pathname: '/:x*' }, { pathname: '/a/b/c' });
groups({ pathname: '/:x+' }, { pathname: '/a/b/c' });
groups({ pathname: '/foo/:bar*' }, { pathname: '/foo' });
groups({ pathname: '/(a)(b)' }, { pathname: '/ab' });
groups({ pathname: '/:a-:b' }, { pathname: '/x-y-z' });
groups({ pathname: '/:file{.:ext}?' }, { pathname: '/archive.tar.gz' });
groups({ pathname: '/(\\p{Lu}+)' }, { pathname: '/ABC' });
