const zlib = require('zlib');
const { engine } = zlib.deflateSync('state', { info: true });
console.log(engine._closed, engine.destroyed, engine.bytesWritten, engine._handle === null);
try {
  zlib.inflateSync(Buffer.from('bad'), { info: true });
} catch (e) {
  console.log(e.code);
}
