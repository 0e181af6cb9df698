// pathToFileURL: absolute posix and windows paths with characters that must be escaped.
const { pathToFileURL } = require('url');
for (const p of ['/', '/a', '/a/', '/a/../b', '/a/./b', '/a b', '/a%b', '/a#b', '/a?b', '/a\\b', '/a\tb', '/a\u0000b', '/[]',
  '/é', '/\u{1F600}', '/a:b', '/C:/x', '//double', '/x/..', '/~user', '/a;b=c', '/a&b']) {
  console.log([p], pathToFileURL(p).href, pathToFileURL(p, { windows: false }).href);
}
for (const p of ['C:\\', 'C:\\a', 'c:/a/b/', 'C:\\a b\\%\\#?', 'C:\\..\\x', '\\\\h\\s', '\\\\h\\s\\a b', '\\\\h\\s\\', 'D:\\é\\\u{1F600}']) {
  console.log([p], pathToFileURL(p, { windows: true }).href);
}
for (const bad of [5, null, undefined, {}]) {
  try { pathToFileURL(bad); } catch (err) { console.log(err.code, err.message); }
}
