// highWaterMark defaults and setDefaultHighWaterMark.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform } = stream;
const log = (...a) => console.log(...a);
log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
log(new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
log(new Writable().writableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
const d = new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7 });
log(d.readableHighWaterMark, d.writableHighWaterMark);
const d2 = new Duplex({ highWaterMark: 3, readableHighWaterMark: 5 });
log(d2.readableHighWaterMark, d2.writableHighWaterMark);
const d3 = new Duplex({ readableObjectMode: true });
log(d3.readableObjectMode, d3.writableObjectMode, d3.readableHighWaterMark, d3.writableHighWaterMark);
const t = new Transform({ readableHighWaterMark: 0 });
log(t.readableHighWaterMark, t.writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 100);
stream.setDefaultHighWaterMark(true, 3);
log(new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
for (const v of [-1, 1.5, '10', undefined]) {
  try { stream.setDefaultHighWaterMark(false, v); } catch (e) { log(e.code, e.message); }
}
try { new Duplex({ readableHighWaterMark: -2 }); } catch (e) { log(e.code, e.message); }
try { new Writable({ highWaterMark: {} }); } catch (e) { log(e.code, e.message); }
// push() returns false at the mark.
const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
log(r.push(1), r.push(2), r.push(3), r.readableLength);
const r0 = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
log(r0.push(1), r0.readableLength);
