const zlib = require('zlib');
const { show, text } = require('./_util');
const c = zlib.constants;
show('default', () => zlib.brotliCompressSync('hello hello hello brotli'));
for (const q of [0, 1, 4, 5, 9, 11]) {
  show(`quality ${q}`, () => zlib.brotliCompressSync(text, { params: { [c.BROTLI_PARAM_QUALITY]: q } }));
}
for (const w of [10, 16, 24]) {
  show(`lgwin ${w}`, () => zlib.brotliCompressSync('window', { params: { [c.BROTLI_PARAM_LGWIN]: w } }));
}
show('text mode', () => zlib.brotliCompressSync('text mode', { params: { [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT } }));
show('empty', () => zlib.brotliCompressSync(''));
show('round trip', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text)).toString() === text);
show('size hint', () => zlib.brotliCompressSync('hint', { params: { [c.BROTLI_PARAM_SIZE_HINT]: 4 } }));
