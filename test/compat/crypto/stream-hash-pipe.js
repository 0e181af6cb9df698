// Hash and Hmac are Transforms: piped input is hashed, the digest is the one chunk read at the end.
const crypto = require('crypto');
const { Readable, Transform } = require('stream');

const h = crypto.createHash('sha256');
console.log(h instanceof Transform, typeof h.pipe, typeof h.write);
Readable.from(['ab', Buffer.from('c')]).pipe(h).on('data', (d) => {
  console.log('sha256', Buffer.isBuffer(d), d.toString('hex'));
}).on('end', () => {
  console.log('end; digest again', h.digest('hex'));
  try { h.digest(); } catch (e) { console.log(e.code, e.message); }
  hmacStream();
});

function hmacStream() {
  const m = crypto.createHmac('sha512', 'key');
  m.setEncoding('base64');
  let out = '';
  m.on('data', (d) => { out += d; });
  m.on('end', () => {
    console.log('hmac', out);
    console.log('digest after end', JSON.stringify(m.digest('hex').length >= 0));
    encodings();
  });
  m.write('The quick brown fox ');
  m.end('jumps over the lazy dog');
}

function encodings() {
  const h2 = crypto.createHash('md5');
  h2.write('ffff', 'hex');
  h2.write('YWJj', 'base64');
  h2.end();
  h2.on('readable', function onReadable() {
    const d = h2.read();
    if (d !== null) console.log('md5', d.toString('hex'), crypto.createHash('md5').update('\xff\xffabc', 'latin1').digest('hex'));
  });
}
