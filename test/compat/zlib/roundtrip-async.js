const zlib = require('zlib');
const input = Buffer.from('async round trip '.repeat(300));
const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
               ['deflate', 'unzip']];
(async () => {
  for (const [c, d] of pairs) {
    const packed = await new Promise((res, rej) => zlib[c](input, (e, r) => (e ? rej(e) : res(r))));
    const out = await new Promise((res, rej) => zlib[d](packed, (e, r) => (e ? rej(e) : res(r))));
    console.log(c, d, packed.equals(zlib[c + 'Sync'](input)), out.equals(input));
  }
})();
