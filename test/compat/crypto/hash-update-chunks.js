// Many updates equal one update.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const whole = crypto.createHash('sha256').update('hello world, this is a test').digest('hex');
const h = crypto.createHash('sha256');
for (const part of ['hello', ' world', ', this', ' is a test']) h.update(part);
console.log(whole === h.digest('hex'), whole);
const bin = crypto.createHash('sha1');
for (let i = 0; i < 256; i++) bin.update(new Uint8Array([i]));
console.log(bin.digest('hex'));
