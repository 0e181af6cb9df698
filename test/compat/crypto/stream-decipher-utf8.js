// A Decipheriv stream with setEncoding('utf8') never splits a multi-byte character across 'data' events.
const crypto = require('crypto');
const key = Buffer.alloc(16, 5);
const iv = Buffer.alloc(16, 6);
const text = 'héllo wörld — ✓ 𝄞 end';
const enc = crypto.createCipheriv('aes-128-ctr', key, iv).update(text);
const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
d.setEncoding('utf8');
const pieces = [];
d.on('data', (s) => pieces.push(s));
d.on('end', () => {
  console.log(pieces.length, pieces.join('') === text, pieces.every((p) => !p.includes('\ufffd')));
  console.log(JSON.stringify(pieces));
});
for (let i = 0; i < enc.length; i += 3) d.write(enc.subarray(i, i + 3));
d.end();
