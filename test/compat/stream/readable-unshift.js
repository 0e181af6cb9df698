// unshift() puts chunks back at the front.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ objectMode: true, read() {} });
r.push('b');
r.push('c');
r.unshift('a');
log('buffer', r.readableBuffer);
log(r.read(), r.read());
r.unshift('z');
log('after unshift', r.readableLength, r.read());
r.push(null);
r.on('data', (d) => log('data', d));
r.on('end', () => log('end'));
