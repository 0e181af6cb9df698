// readable.wrap() and Readable.wrap around an old-style stream.
const { Readable } = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);
const old = new EventEmitter();
old.pause = () => log('old paused');
old.resume = () => log('old resumed');
const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
r.on('close', () => log('close'));
old.emit('data', 'one');
old.emit('data', 'two');
old.emit('data', 'three');
setTimeout(() => old.emit('end'), 5);
setTimeout(async () => {
  const old2 = new EventEmitter();
  const wrapped = Readable.wrap(old2);
  log('objectMode', wrapped.readableObjectMode);
  setTimeout(() => { old2.emit('data', 'x'); old2.emit('end'); }, 1);
  log(await wrapped.toArray());
  const old3 = new EventEmitter();
  const w3 = new Readable().wrap(old3);
  w3.on('error', (e) => log('error forwarded', e.message));
  old3.emit('error', new Error('old failed'));
}, 20);
