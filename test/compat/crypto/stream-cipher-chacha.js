// chacha20-poly1305 and aes-256-ctr through stream writes: chunk-by-chunk output and the tag at the end.
const crypto = require('crypto');
const key = Buffer.alloc(32, 0x42);
const iv = Buffer.alloc(12, 0x24);
const c = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
const parts = [];
c.on('data', (d) => parts.push(d.toString('hex')));
c.on('end', () => {
  console.log(parts.join('|'), c.getAuthTag().toString('hex'));
  const ctr = crypto.createCipheriv('aes-256-ctr', key, Buffer.alloc(16, 1));
  ctr.setEncoding('base64');
  let out = '';
  ctr.on('data', (d) => { out += d; });
  ctr.on('end', () => console.log('ctr', out));
  for (const s of ['a', 'bb', 'ccc', 'dddd']) ctr.write(s);
  ctr.end();
});
c.write('first chunk ');
c.write(Buffer.from('second chunk'));
c.end();
