// Crypto throughput, self-timed (no start-up): pbkdf2 sha512 100k iterations sync ×2 and async ×4 in
// parallel, sha256 of 256 MB, AES-256-GCM encryption of 256 MB. Runs under node and node4j alike.
const crypto = require('crypto');

function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const big = new Uint8Array(256 * 1024 * 1024);
for (let i = 0; i < big.length; i += 4096) big[i] = i & 255;

let t = process.hrtime.bigint();
crypto.pbkdf2Sync('password', 'salt', 100000, 64, 'sha512');
crypto.pbkdf2Sync('password', 'salt', 100000, 64, 'sha512');
console.log(`pbkdf2Sync sha512 100k x2: ${ms(t).toFixed(0)} ms`);

t = process.hrtime.bigint();
crypto.createHash('sha256').update(big).digest('hex');
console.log(`sha256 256 MB: ${ms(t).toFixed(0)} ms`);

t = process.hrtime.bigint();
const c = crypto.createCipheriv('aes-256-gcm', new Uint8Array(32), new Uint8Array(12));
c.update(big);
c.final();
c.getAuthTag();
console.log(`aes-256-gcm 256 MB: ${ms(t).toFixed(0)} ms`);

t = process.hrtime.bigint();
let left = 4;
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('password', 'salt', 100000, 64, 'sha512', () => {
    if (--left === 0) console.log(`pbkdf2 sha512 100k async x4: ${ms(t).toFixed(0)} ms`);
  });
}
