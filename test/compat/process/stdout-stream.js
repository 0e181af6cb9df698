// process.stdout and process.stderr are Writable streams.
// compat: stderr
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const out = process.stdout;
log(out instanceof Writable, out.writable, out.fd, process.stderr.fd, out._isStdio, out.isTTY);
log(out.writableHighWaterMark, out.writableObjectMode, out.writableLength, typeof out.destroySoon);
log(out === process.stdout, Object.getOwnPropertyDescriptor(process, 'stdout').enumerable);
log('write returns', out.write('written\n', () => log('write callback')));
process.nextTick(() => log('tick after write'));
out.write(new Uint8Array([104, 105, 10]));
out.write('encoded: 6869\n', 'utf8');
process.stderr.write('to stderr\n');
out.cork();
out.write('corked a\n');
out.write('corked b\n');
log('corked length', out.writableLength);
out.uncork();
try { out.write(42); } catch (e) { log(e.code, e.message); }
try { out.write(null); } catch (e) { log(e.code, e.message); }
out.on('finish', () => console.error('stdout finish'));
