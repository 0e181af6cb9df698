'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
const text = 'Ünïcödé 😀 text €€ ✓ ' .repeat(20);
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
  const bytes = Buffer.from(text, enc === 'latin1' ? 'latin1' : enc === 'utf16le' ? 'utf16le' : 'utf8');
  for (const size of [1, 2, 3, 5, 7]) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
    out += d.end();
    t(`${enc} chunk ${size}`, () => out === bytes.toString(enc));
  }
}
