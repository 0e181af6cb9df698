const zlib = require('zlib');
const input = Buffer.from('brotli async '.repeat(200));
zlib.brotliCompress(input, (err, packed) => {
  console.log(err, packed.equals(zlib.brotliCompressSync(input)));
  zlib.brotliDecompress(packed, (err2, out) => {
    console.log(err2, out.equals(input));
    zlib.brotliCompress('opts', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } }, (err3, p3) => {
      console.log('q3', err3, p3.toString('hex'));
      zlib.brotliDecompress(Buffer.from([1, 2]), (err4, out4) => console.log('short', err4.code, err4.message, out4));
    });
  });
});
