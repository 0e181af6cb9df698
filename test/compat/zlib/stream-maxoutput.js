const zlib = require('zlib');
const packed = zlib.deflateSync(Buffer.alloc(100000));
zlib.inflate(packed, { maxOutputLength: 1000 }, (err, out) => {
  console.log(err.name, err.code, err.message, out);
});
zlib.inflate(packed, { maxOutputLength: 100000 }, (err, out) => {
  console.log(err, out.length);
});
try {
  zlib.inflateSync(packed, { maxOutputLength: 99999 });
} catch (e) {
  console.log('sync', e.code, e.message);
}
console.log('sync ok', zlib.inflateSync(packed, { maxOutputLength: 100000 }).length);
