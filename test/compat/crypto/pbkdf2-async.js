// pbkdf2's callback gets the same key as pbkdf2Sync, after the current script.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const order = [];
crypto.pbkdf2('pw', 'salt', 1000, 40, 'sha512', (err, key) => {
  order.push('callback');
  console.log(err, hex(key) === hex(crypto.pbkdf2Sync('pw', 'salt', 1000, 40, 'sha512')), key.length);
  console.log(order.join(','));
});
process.nextTick(() => order.push('tick'));
order.push('main');
