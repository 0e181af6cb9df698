'use strict';
// Node's percent-encoder for querystring.escape and the auth part of url.format: UTF-8 bytes as %XX
// except the characters a table marks as safe. A surrogate takes the next code unit as its pair
// whatever it is (Node's rule); one at the very end is ERR_INVALID_URI.

const { ERR_INVALID_URI } = require('internal/errors').codes;

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// A table of the ASCII characters left as they are: alphanumerics and `extra`.
function safeTable(extra) {
  const table = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (const ch of extra) table[ch.charCodeAt(0)] = 1;
  return table;
}

function encodeStr(str, safe) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && safe[c] === 1) continue;
    out += str.slice(last, i);
    if (c < 0x80) {
      out += HEX[c];
    } else if (c < 0x800) {
      out += HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    } else {
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const next = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] + HEX[0x80 | ((c >> 6) & 0x3f)] +
             HEX[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

module.exports = { encodeStr, safeTable };
