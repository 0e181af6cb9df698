const zlib = require('zlib');
const r = zlib.gzipSync('info', { info: true });
console.log(Object.keys(r), r.buffer.toString('hex'), r.engine instanceof zlib.Gzip, r.engine.bytesWritten);
const i = zlib.inflateSync(zlib.deflateSync('info2'), { info: true });
console.log(i.buffer.toString(), i.engine.constructor.name);
zlib.deflateRaw('async info', { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.buffer.toString('hex'), res.engine.constructor.name);
});
