// update() with every input encoding.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const [data, enc] of [['68656c6c6f', 'hex'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], ['hello', 'latin1'],
  ['hello', 'binary'], ['hello', 'ascii'], ['hello', 'utf8'], ['hello', 'utf16le'], ['h\u00e9llo', 'latin1'], ['h\u00e9llo', 'utf8']]) {
  console.log(enc, crypto.createHash('md5').update(data, enc).digest('hex'));
}
