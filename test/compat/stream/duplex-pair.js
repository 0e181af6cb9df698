// stream.duplexPair: what one side writes, the other reads.
const { duplexPair, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const [a, b] = duplexPair({ objectMode: true });
log(a instanceof Duplex, b instanceof Duplex);
b.on('data', (d) => log('b got', d));
a.on('data', (d) => log('a got', d));
b.on('end', () => log('b end'));
a.write('hello', () => log('write cb'));
b.write('back');
a.end();
setTimeout(() => log('a finished', a.writableFinished, 'b ended', b.readableEnded), 10);
