'use strict';
// tty.isatty's answers for every kind of argument, and the errors of tty.ReadStream/WriteStream for
// bad descriptors and for descriptors that are not terminals (files, /dev/null, closed fds).
const tty = require('node:tty');
const fs = require('node:fs');

console.log(Object.keys(tty), tty === require('tty'));
console.log(tty.WriteStream.length, tty.ReadStream.length, tty.WriteStream.name, tty.ReadStream.name);
console.log(Object.getOwnPropertyNames(tty.WriteStream.prototype));
console.log(Object.getOwnPropertyNames(tty.ReadStream.prototype));
console.log(tty.WriteStream.prototype.isTTY, typeof tty.WriteStream.prototype.getColorDepth);

const file = fs.openSync(__filename, 'r');
const devNull = fs.openSync('/dev/null', 'w');
for (const fd of [0, 1, 2, 99, -1, 1.5, '1', null, undefined, NaN, 2 ** 31, 2 ** 31 - 1, {}, true]) {
  console.log('isatty', typeof fd, String(fd), tty.isatty(fd));
}
console.log('isatty(file)', tty.isatty(file), 'isatty(/dev/null)', tty.isatty(devNull));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
    if (err.info) console.log(' ', err.errno, err.syscall, err.info, Object.keys(err));
  }
}

for (const fd of [-1, 1.5, '1', null, undefined, 2 ** 31, {}, [], 'abc']) {
  attempt(`WriteStream(${typeof fd})`, () => new tty.WriteStream(fd));
  attempt(`ReadStream(${typeof fd})`, () => new tty.ReadStream(fd));
}
attempt('WriteStream(file)', () => new tty.WriteStream(file));
attempt('ReadStream(file)', () => new tty.ReadStream(file));
attempt('WriteStream(/dev/null)', () => new tty.WriteStream(devNull));
attempt('WriteStream(closed)', () => tty.WriteStream(99));
attempt('ReadStream(closed) without new', () => tty.ReadStream(99));

try {
  new tty.WriteStream(file);
} catch (err) {
  console.log(err.stack.split('\n')[0]);
  console.log(err.toString());
}
fs.closeSync(file);
fs.closeSync(devNull);
