// Sign and Verify are Writables: what is written is signed.
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');

const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const s = crypto.createSign('sha256');
console.log(s instanceof Writable, typeof s.pipe, s.writable);
pipeline(Readable.from(['one ', Buffer.from('two '), 'three']), s, (err) => {
  console.log('signed stream done', err);
  const sig = s.sign(rsa.privateKey);
  console.log('sig length', sig.length);
  const v = crypto.createVerify('RSA-SHA256');
  v.write('one two ');
  v.end('three', () => {
    console.log('verify', v.verify(rsa.publicKey, sig));
    const v2 = crypto.createVerify('sha256');
    v2.end('other');
    v2.on('finish', () => {
      console.log('verify other', v2.verify(rsa.publicKey, sig));
      console.log('ed25519 one-shot', crypto.verify(null, Buffer.from('m'), publicKey, crypto.sign(null, Buffer.from('m'), privateKey)));
      const s3 = crypto.createSign('sha384');
      s3.write('ffee', 'hex');
      s3.end();
      s3.on('finish', () => console.log('hex chunk ok', crypto.createVerify('sha384').update(Buffer.from([0xff, 0xee])).verify(rsa.publicKey, s3.sign(rsa.privateKey))));
    });
  });
});
