// zlib reads exactly the view's bytes wherever its memory lives: a pooled Buffer slice, a DataView and
// a Uint16Array at an offset, a SharedArrayBuffer, and the Buffer a previous zlib call returned
// (memory a binding filled), in the sync, callback and stream forms.
'use strict';
const zlib = require('zlib');
const crypto = require('crypto');
const digest = (b) => crypto.createHash('sha1').update(b).digest('hex').slice(0, 12);

const text = Buffer.from('node4j zlib input views '.repeat(2000));
const shared = new Uint8Array(new SharedArrayBuffer(text.length + 10), 5, text.length);
shared.set(text);
const views = {
  pooled: Buffer.from('small pooled input for deflate').subarray(6, 20),
  dataView: new DataView(text.buffer, text.byteOffset + 7, 3000),
  uint16: new Uint16Array(text.buffer, text.byteOffset + 2, 1000),
  shared,
};
for (const [name, view] of Object.entries(views)) {
  const packed = zlib.gzipSync(view);
  const back = zlib.gunzipSync(packed); // input: memory a binding filled
  const raw = zlib.inflateRawSync(zlib.deflateRawSync(view, { level: 1 }));
  console.log(name, view.byteLength, digest(packed), back.length, digest(back) === digest(raw));
}
zlib.deflate(shared, (err, packed) => {
  zlib.inflate(packed.subarray(0), (err2, back) => {
    console.log('callback', err, err2, back.length, digest(back) === digest(text));
    const gz = zlib.createGzip();
    const gunzip = zlib.createGunzip();
    const chunks = [];
    gunzip.on('data', (c) => chunks.push(c));
    gunzip.on('end', () => console.log('stream', Buffer.concat(chunks).length, digest(Buffer.concat(chunks))));
    gz.pipe(gunzip);
    gz.write(views.dataView);
    gz.write(shared.subarray(3000));
    gz.end(new Uint8Array(text.buffer, text.byteOffset, 3000));
  });
});
