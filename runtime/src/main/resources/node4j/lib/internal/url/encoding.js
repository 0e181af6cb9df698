'use strict';
// Percent-encoding and UTF-8 for the URL Standard: the encode sets, encoding of strings by code
// point, percent-decoding to bytes and UTF-8 decoding with replacement characters.

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Each encode set is a table over ASCII; code points above U+007E are in every set.
function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  else for (let c = 0; c < 0x20; c++) set[c] = 1;
  if (!base) set[0x7f] = 1;
  for (const ch of extra) set[ch.charCodeAt(0)] = 1;
  return set;
}

const C0_CONTROL = makeSet(null, '');
const FRAGMENT = makeSet(C0_CONTROL, ' "<>`');
const QUERY = makeSet(C0_CONTROL, ' "#<>');
const SPECIAL_QUERY = makeSet(QUERY, "'");
const PATH = makeSet(QUERY, '?^`{}');
const USERINFO = makeSet(PATH, '/:;=@[\\]|');
const COMPONENT = makeSet(USERINFO, '$%&+,');
const FORM = makeSet(COMPONENT, "!'()~");

// Appends the UTF-8 percent-encoding of the code point starting at str[i]; returns the index after it.
function encodeCodePointAt(str, i, out) {
  let c = str.charCodeAt(i++);
  if (c < 0x800) {
    if (c < 0x80) return [out + HEX[c], i];
    return [out + HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)], i];
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    const next = i < str.length ? str.charCodeAt(i) : 0;
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
      return [out + HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] +
              HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)], i];
    }
    c = 0xfffd; // a lone surrogate is encoded as U+FFFD, as USVString conversion would
  }
  return [out + HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)], i];
}

// The string with every code point in `set` UTF-8 percent-encoded; spaceAsPlus for forms.
function percentEncode(str, set, spaceAsPlus = false) {
  const len = str.length;
  let i = 0;
  for (; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80 || set[c] === 1) break;
  }
  if (i === len) return str;
  let out = str.slice(0, i);
  while (i < len) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if (set[c] === 1) out += spaceAsPlus && c === 0x20 ? '+' : HEX[c];
      else out += str[i];
      i++;
    } else {
      [out, i] = encodeCodePointAt(str, i, out);
    }
  }
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// UTF-8 bytes of a string (lone surrogates as U+FFFD).
function utf8Bytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) { bytes.push(c); continue; }
    if (c < 0x800) { bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f)); continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        continue;
      }
      c = 0xfffd;
    }
    bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return bytes;
}

// Decodes UTF-8 bytes, each maximal invalid subsequence becoming U+FFFD (the Encoding Standard).
function utf8Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else { out += '\ufffd'; i++; continue; }
    i++;
    let ok = true;
    for (let k = 0; k < need; k++, i++) {
      const n = i < end ? bytes[i] : -1;
      if (n < lower || n > upper) { ok = false; break; }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (n & 0x3f);
    }
    out += ok ? String.fromCodePoint(cp) : '\ufffd';
  }
  return out;
}

// Percent-decodes a string to its UTF-8 bytes; plusAsSpace for forms.
function percentDecodeBytes(str, plusAsSpace = false) {
  const bytes = utf8Bytes(str);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
      out.push(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
      i += 2;
    } else {
      out.push(plusAsSpace && b === 0x2b ? 0x20 : b);
    }
  }
  return out;
}

// percent-decode then UTF-8 decode without BOM; the common case (nothing to decode) is the string.
function percentDecode(str, plusAsSpace = false) {
  let simple = true;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x25 || (plusAsSpace && c === 0x2b) || (c >= 0xd800 && c <= 0xdfff)) { simple = false; break; }
  }
  if (simple) return str;
  return utf8Decode(percentDecodeBytes(str, plusAsSpace));
}

module.exports = {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM, HEX,
  percentEncode, percentDecode, percentDecodeBytes, utf8Bytes, utf8Decode, hexValue,
};
