// read(n) in object mode, readableLength through reads, and read() past the mark.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ objectMode: true, highWaterMark: 3, read() { log('_read'); } });
for (const v of ['a', 'b', 'c', 'd']) log('push', v, r.push(v), r.readableLength);
log('read(2) in objectMode returns one:', r.read(2), r.readableLength);
log('read(0):', r.read(0), r.readableLength);
log('readableBuffer', r.readableBuffer);
r.on('readable', function onReadable() {
  let x;
  while ((x = this.read()) !== null) log('read', x);
});
setTimeout(() => {
  r.push(null);
  r.on('end', () => log('end; readableEnded', r.readableEnded));
}, 2);
