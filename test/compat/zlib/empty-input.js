const zlib = require('zlib');
const { show } = require('./_util');
show('deflate', () => zlib.deflateSync(''));
show('deflateRaw', () => zlib.deflateRawSync(Buffer.alloc(0)));
show('gzip', () => zlib.gzipSync(new Uint8Array(0)));
for (const name of ['inflateSync', 'inflateRawSync', 'gunzipSync', 'unzipSync']) {
  show(name, () => zlib[name](Buffer.alloc(0)));
}
show('inflate of empty deflate', () => zlib.inflateSync(zlib.deflateSync('')));
show('gunzip of empty gzip', () => zlib.gunzipSync(zlib.gzipSync('')));
show('inflateRaw of empty raw', () => zlib.inflateRawSync(zlib.deflateRawSync('')));
