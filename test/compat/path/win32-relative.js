// path.win32.relative across drives, UNC shares and case, with trailing separators.
const w = require('path').win32;
const pairs = [['C:\\a\\b\\c', 'C:\\a\\d'], ['C:\\a', 'C:\\a\\b\\c'], ['C:\\a\\b', 'C:\\'], ['c:\\A\\B', 'C:\\a\\b\\C'],
  ['C:\\', 'D:\\'], ['C:\\a', 'D:\\a'], ['\\\\s\\sh\\a', '\\\\s\\sh\\a\\b'], ['\\\\s\\sh\\a', '\\\\s\\other\\a'],
  ['\\\\s\\sh', '\\\\s\\sh'], ['C:\\foo\\bar', 'C:\\foo\\bar2'], ['C:\\foo\\bar\\', 'C:\\foo'], ['C:\\x\\', 'C:\\x\\y\\'],
  ['C:\\a\\b', 'C:\\A\\b'], ['C:/a/b', 'C:\\a/c'], ['C:\\a\\..\\b', 'C:\\b\\c'], ['\\\\s\\sh\\x', 'C:\\x']];
for (const [from, to] of pairs) console.log(from, to, JSON.stringify(w.relative(from, to)));
