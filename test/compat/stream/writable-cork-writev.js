// cork()/uncork() batch writes into _writev; nested corks; end() uncorks.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) { log('_write', chunk); cb(); },
  writev(chunks, cb) { log('_writev', chunks.map((c) => c.chunk), chunks.length); cb(); },
});
w.cork();
w.write(1, () => log('cb 1'));
w.write(2, () => log('cb 2'));
log('corked', w.writableCorked, 'length', w.writableLength);
w.cork();
w.uncork();
log('still corked', w.writableCorked);
w.uncork();
log('uncorked', w.writableCorked);
w.write(3);
w.write(4);
w.write(5);
process.nextTick(() => {
  w.cork();
  w.write(6);
  w.write(7);
  w.end(8, () => log('end cb'));
  w.on('finish', () => log('finish'));
});
const w2 = new Writable({ objectMode: true, writev(chunks, cb) { log('w2 writev only', chunks.map((c) => c.chunk)); cb(); } });
w2.write('single');
w2.write('second');
w2.write('third');
