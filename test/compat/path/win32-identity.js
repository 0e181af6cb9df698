// path.win32 is the same object everywhere it can be reached, and Node's relative-path guards.
const path = require('path');
const w = path.win32;
console.log(w === w.win32, w.posix === path.posix, path.posix.win32 === w, path.win32 === require('node:path').win32);
console.log(require('path/win32') === w, require('node:path/win32') === w, require('path/posix') === path.posix);
console.log(w.sep, w.delimiter, path.posix.sep, path.posix.delimiter, w._makeLong === w.toNamespacedPath);
console.log(w.normalize('CON'), w.normalize('a/CON:'), w.join('CON', 'x'), w.normalize('C:CON:'), w.join('.', 'CON:'));
console.log(w.normalize('a:'), w.normalize('a:b:'), w.normalize('x/a:/b'), w.normalize('ab:c'), w.join('a', 'b:'));
console.log(w.normalize('\\\\.\\pipe\\x'), w.normalize('\\\\server'), w.normalize('//server/share'), w.normalize('//server/share/'));
console.log(w.resolve('\\\\srv\\share'), w.resolve('d:/x', 'D:y', 'e:\\z'), w.resolve('C:\\', 'c:x'));
console.log(w.isAbsolute('C:'), w.isAbsolute('C:x'), w.isAbsolute('C:/'), w.isAbsolute('//x'), w.isAbsolute('x'), w.isAbsolute(''));
