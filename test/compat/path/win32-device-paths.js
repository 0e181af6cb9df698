'use strict';
// path.win32 with device-namespace paths ("\\?\C:\x", "\\.\pipe\x"): Node 24 roots normalize and
// resolve at "\\?" / "\\." and lets ".." remove what follows (drive and UNC parts included), while
// dirname and parse keep reading them as UNC roots; relative() across such roots, drives and UNC
// shares (every pair of a table), join, toNamespacedPath.
const path = require('path').win32;
const paths = ['\\\\?\\C:', '\\\\?\\C:\\', '\\\\?\\C:\\a', '\\\\?\\C:\\a\\', '\\\\?\\C:\\a\\..', '\\\\?\\C:\\a\\..\\',
  '\\\\?\\C:\\..', '\\\\?\\C:\\a\\b\\..', '\\\\?\\C:\\a\\..\\..\\b', '\\\\?\\', '\\\\?', '\\\\.\\', '\\\\.\\COM1',
  '\\\\.\\COM1\\..\\..', '\\\\.\\pipe\\..', '\\\\.\\pipe\\a\\..', '\\\\?\\UNC\\srv\\share\\a\\..', '\\\\?\\UNC\\srv\\..',
  '\\\\?\\UNC\\..', '//?/C:/a/..', '\\\\?\\C:a\\..', '\\\\?\\a\\..', '\\\\?\\a\\b\\..', '\\\\?\\C:\\\\a\\\\..', '\\\\x\\y\\..',
  '\\\\server\\share\\a\\..', 'C:\\a\\..', 'C:\\', 'c:\\A\\b', 'D:\\a', '\\\\.\\C:\\x\\..', '//./pipe/x', '\\\\?\\C:\\.',
  '\\\\?\\C:\\a\\.\\b', '\\\\server\\share\\x', '\\\\SERVER\\share\\y\\z'];
for (const p of paths) {
  console.log(JSON.stringify(p), JSON.stringify({
    normalize: path.normalize(p), resolve: path.resolve(p), dirname: path.dirname(p), basename: path.basename(p),
    isAbsolute: path.isAbsolute(p), toNamespacedPath: path.toNamespacedPath(p), join: path.join(p, 'x', '..', 'y'),
    parse: path.parse(p),
  }));
}
for (const from of paths) {
  console.log(JSON.stringify(from), JSON.stringify(paths.map((to) => path.relative(from, to))));
}
