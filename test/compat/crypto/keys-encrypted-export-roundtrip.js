// export({ cipher, passphrase }) for PKCS#8 (PEM and DER), PKCS#1 and SEC1, then back with createPrivateKey:
// the structure OpenSSL 3 writes (PBES2, PBKDF2 with HMAC-SHA256, 2048 rounds) and the same key after.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const keys = require('./_keys');
const rsa = crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, 'fixtures', 'rsa1024.pem')));
const ec = crypto.createPrivateKey({ key: keys.ec, format: 'jwk' });
const ciphers = ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes256', 'des-ede3-cbc', 'des3', 'aes-128-ecb',
  'aes-256-cfb', 'aes-128-ofb', 'AES-256-CBC'];
for (const [kname, key] of [['rsa', rsa], ['ec', ec]]) {
  for (const cipher of ciphers) {
    for (const passphrase of ['pw', Buffer.from('pw'), '', 'p\u00e4ss \u2603']) {
      const pem = key.export({ type: 'pkcs8', format: 'pem', cipher, passphrase });
      const back = crypto.createPrivateKey({ key: pem, passphrase });
      const der = key.export({ type: 'pkcs8', format: 'der', cipher, passphrase });
      const backDer = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase });
      if (typeof passphrase !== 'string' || passphrase !== 'pw') continue;
      console.log(kname, cipher, pem.split('\n')[0], pem.length, der.length, back.equals(key), backDer.equals(key));
      // The PBES2 parameters: OIDs and sizes, not the random salt and IV.
      const hexDer = der.toString('hex');
      console.log('  pbes2', hexDer.includes('06092a864886f70d01050d'), 'pbkdf2', hexDer.includes('06092a864886f70d01050c'),
        'hmacWithSHA256', hexDer.includes('06082a864886f70d0209'), 'iterations 2048', hexDer.includes('02020800'));
    }
  }
  const type = kname === 'rsa' ? 'pkcs1' : 'sec1';
  for (const cipher of ['aes-128-cbc', 'aes-256-cbc', 'des-ede3-cbc', 'aes-192-cfb', 'aes-128-ofb', 'aes-256-ctr']) {
    const pem = key.export({ type, format: 'pem', cipher, passphrase: 'pw' });
    const lines = pem.split('\n');
    console.log(kname, type, cipher, lines[0], lines[1], lines[2].replace(/,[0-9A-F]+$/, ''),
      lines[2].split(',')[1].length, JSON.stringify(lines[3]), pem.length,
      crypto.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(key));
  }
}
