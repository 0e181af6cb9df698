// Stream state is only built when the stream side is used; update()/digest() alone never need it.
const crypto = require('crypto');
const { Transform } = require('stream');

const h = crypto.createHash('sha1');
console.log(Object.keys(h));
console.log(Object.getOwnPropertyNames(h).includes('_readableState'));
h.update('abc');
console.log(h.digest('hex'));
console.log(Object.getOwnPropertyNames(h).includes('_readableState'));

const h2 = crypto.createHash('sha1', { highWaterMark: 3 });
console.log(h2._options);
console.log(h2.readableHighWaterMark, h2.writableHighWaterMark);
console.log(Object.getOwnPropertyNames(h2).includes('_readableState'));
console.log(typeof h2._writableState.decodeStrings, h2._writableState.decodeStrings);

const c = crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null);
console.log(c instanceof Transform, Object.keys(c));
console.log(crypto.createHmac('sha256', 'k') instanceof Transform);
console.log(crypto.Hash.prototype instanceof Transform, Object.getPrototypeOf(crypto.Hash) === Transform);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(crypto.Hash.prototype)) === Transform.prototype);
