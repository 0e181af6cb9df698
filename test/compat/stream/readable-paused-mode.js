// 'readable' events and read() in paused mode, object mode and byte counts.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { log('_read called'); } });
log('push 1 ->', r.push(1));
log('push 2 ->', r.push(2));
log('push 3 ->', r.push(3));
log('length', r.readableLength, 'flowing', r.readableFlowing);
r.on('readable', () => {
  log('readable; flowing =', r.readableFlowing);
  let chunk;
  while ((chunk = r.read()) !== null) log('read', chunk);
});
r.once('end', () => log('end'));
setTimeout(() => {
  r.push(4);
  r.push(null);
}, 1);
setTimeout(() => {
  // read(0) and needReadable.
  const r2 = new Readable({ objectMode: true, read() {} });
  log('read(0) on empty:', r2.read(0));
  r2.push('x');
  log('read() ->', r2.read(), 'length', r2.readableLength);
  log('read() on empty ->', r2.read());
  r2.push(null);
  r2.on('end', () => log('r2 end'));
  r2.resume();
}, 5);
