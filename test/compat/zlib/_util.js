'use strict';
// Helpers for the zlib scripts: print an outcome or an error's Node-visible fields.
function show(label, fn) {
  try {
    const r = fn();
    if (Buffer.isBuffer(r)) console.log(label, 'ok', r.length, r.toString('hex'));
    else console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}
const text = 'zlib zlib zlib deflate deflate deflate inflate inflate gzip gzip '.repeat(20);
module.exports = { show, text };
