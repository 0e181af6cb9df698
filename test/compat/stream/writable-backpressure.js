// write() returns false at the high-water mark; 'drain' once the queue empties.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const pending = [];
const w = new Writable({
  highWaterMark: 3,
  decodeStrings: false,
  write(chunk, enc, cb) { log('_write', chunk, enc); pending.push(cb); },
});
w.on('drain', () => log('drain; length', w.writableLength, 'needDrain', w.writableNeedDrain));
log('write a ->', w.write('a'));
log('write bb ->', w.write('bb'));
log('length', w.writableLength, 'needDrain', w.writableNeedDrain, 'buffer', w.writableBuffer.map((b) => b.chunk));
log('write c ->', w.write('c'));
function release() {
  const cb = pending.shift();
  if (cb) { log('complete one'); cb(); setTimeout(release, 1); } else {
    log('all written; length', w.writableLength);
    w.end(() => log('ended'));
  }
}
setTimeout(release, 1);
