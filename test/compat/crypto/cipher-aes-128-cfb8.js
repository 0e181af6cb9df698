// aes-128-cfb8 with the key, IV and plaintext of NIST SP 800-38A; round trip and split updates.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = bytes('2b7e151628aed2a6abf7158809cf4f3c');
const iv = bytes('000102030405060708090a0b0c0d0e0f');
const plain = bytes('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
const c = crypto.createCipheriv('aes-128-cfb8', key, iv);

const ct = c.update(plain, undefined, 'hex') + c.final('hex');
console.log(ct);
const d = crypto.createDecipheriv('aes-128-cfb8', key, iv);

let back = '';
for (let i = 0; i < ct.length; i += 22) back += d.update(ct.slice(i, i + 22), 'hex', 'hex');
back += d.final('hex');
console.log(back === hex(plain));
const p = crypto.createCipheriv('aes-128-cfb8', key, iv);
console.log(p.update('short message', 'utf8', 'base64') + p.final('base64'));
