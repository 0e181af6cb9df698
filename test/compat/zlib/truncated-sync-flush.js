const zlib = require('zlib');
// finishFlush Z_SYNC_FLUSH decompresses as much as a truncated input holds, without an error.
const input = 'partial data, partial data, partial data '.repeat(10);
const full = zlib.gzipSync(input);
const part = full.subarray(0, full.length - 20);
const out = zlib.gunzipSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(out.length > 0, input.startsWith(out.toString()));
const d = zlib.deflateSync(input);
const o2 = zlib.inflateSync(d.subarray(0, 30), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(input.startsWith(o2.toString()));
try {
  zlib.gunzipSync(part);
} catch (e) {
  console.log(e.code, e.message);
}
