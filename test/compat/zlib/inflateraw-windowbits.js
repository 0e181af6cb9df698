const zlib = require('zlib');
const { show } = require('./_util');
const raw = zlib.deflateRawSync('raw window');
for (const windowBits of [0, 7, 8, 9, 15, 16]) {
  show(`inflateRaw ${windowBits}`, () => zlib.inflateRawSync(raw, { windowBits }).toString());
  show(`inflate ${windowBits}`, () => zlib.inflateSync(zlib.deflateSync('w'), { windowBits }).toString());
  show(`gunzip ${windowBits}`, () => zlib.gunzipSync(zlib.gzipSync('w'), { windowBits }).toString());
  show(`unzip ${windowBits}`, () => zlib.unzipSync(zlib.gzipSync('w'), { windowBits }).toString());
}
