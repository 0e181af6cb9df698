// HMAC-MD5 and HMAC-SHA1 with RFC 2202's inputs.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const cases = [['0b'.repeat(16), 'Hi There'], ['4a656665', 'what do ya want for nothing?'], ['aa'.repeat(80), 'Test Using Larger Than Block-Size Key - Hash Key First']];
for (const [k, d] of cases) {
  console.log(crypto.createHmac('md5', bytes(k)).update(d).digest('hex'), crypto.createHmac('sha1', bytes(k)).update(d).digest('hex'));
}
