// readline's ANSI helpers: clearLine, cursorTo, moveCursor, clearScreenDown, with callbacks,
// return values, and argument checks.
const readline = require('readline');
const { Writable } = require('stream');

const written = [];
const stream = new Writable({ write(chunk, enc, cb) { written.push(JSON.stringify(chunk.toString())); cb(); } });
const cb = (name) => (err) => console.log('callback', name, err);
console.log(readline.clearLine(stream, -1, cb('cl-1')));
console.log(readline.clearLine(stream, 1));
console.log(readline.clearLine(stream, 0, cb('cl0')));
console.log(readline.cursorTo(stream, 3));
console.log(readline.cursorTo(stream, 3, 4, cb('ct34')));
console.log(readline.cursorTo(stream, 5, cb('ct5')));
console.log(readline.moveCursor(stream, 2, -3, cb('mc')));
console.log(readline.moveCursor(stream, -2, 0));
console.log(readline.moveCursor(stream, 0, 5));
console.log(readline.moveCursor(stream, 0, 0, cb('mc00')));
console.log(readline.clearScreenDown(stream, cb('csd')));
// No stream: nothing written, callback still called.
console.log(readline.clearLine(undefined, 0, cb('nostream')));
console.log(readline.cursorTo(null, 1, cb('nostream-ct')));
console.log(readline.moveCursor(null, 1, 1, cb('nostream-mc')));
console.log(readline.clearScreenDown(null, cb('nostream-csd')));
for (const f of [() => readline.cursorTo(stream, 'a'), () => readline.cursorTo(stream, 1, 'b'),
  () => readline.cursorTo(stream, NaN), () => readline.cursorTo(stream, 1, 2, 3),
  () => readline.clearLine(stream, 0, 'x'), () => readline.moveCursor(stream, 1, 1, 5),
  () => readline.clearScreenDown(stream, {})]) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
setImmediate(() => console.log(written.join(' ')));
