// sha384 known answers (FIPS 180-4 / FIPS 202 messages) in hex, base64 and base64url.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const m of ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 'a'.repeat(1000), '\u00e9t\u00e9 \u{1F600}']) {
  const h = crypto.createHash('sha384').update(m);
  console.log(JSON.stringify(m.slice(0, 12)), h.copy().digest('hex'), h.copy().digest('base64'), h.digest('base64url'));
}
