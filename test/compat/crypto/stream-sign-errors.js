// Sign/Verify streams: options pass to Writable, bad chunks, sign without a key, verify of bad signatures.
const crypto = require('crypto');
const s = crypto.createSign('sha256', { highWaterMark: 4 });
console.log(s.writableHighWaterMark, s.writableLength, s.writable);
s.on('error', (e) => console.log('error event', e.code));
try { s.write(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { s.update(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { s.sign(); } catch (e) { console.log(e.name, e.code, e.message); }
try { s.sign(null); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createSign('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createVerify(); } catch (e) { console.log(e.name, e.code, e.message); }
const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const v = crypto.createVerify('sha256');
v.end('data', () => {
  console.log(v.verify(publicKey, Buffer.alloc(10)));
  try { v.verify(publicKey, 'zz', 'hex'); } catch (e) { console.log('second verify', e.name, e.code, e.message); }
  const s2 = crypto.createSign('sha256');
  s2.end('data', () => {
    const sig = s2.sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
    try { s2.sign(privateKey); } catch (e) { console.log('second sign', e.name, e.code, e.message); }
    console.log(sig.length, crypto.verify('sha256', Buffer.from('data'), { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig));
  });
});
