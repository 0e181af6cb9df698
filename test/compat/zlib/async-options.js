const zlib = require('zlib');
zlib.deflate('with options', { level: 1 }, (err, out) => {
  console.log('level 1', err, out.toString('hex'));
  zlib.gzip('no options', (err2, out2) => {
    console.log('gzip', err2, out2.toString('hex'));
    zlib.deflateRaw(new Uint16Array([1, 2, 3]), { windowBits: 9 }, (err3, out3) => {
      console.log('raw', err3, out3.toString('hex'));
    });
  });
});
console.log('sync part done');
