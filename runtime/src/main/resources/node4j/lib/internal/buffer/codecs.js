'use strict';
// Byte <-> string conversions for Buffer's encodings. Small inputs are converted here in JS (a call
// into Java costs more than the work); large ones go to internalBinding('buffer'), which converts in
// bulk (see bench/README.md for where the crossover was measured).
//
// Every writer has the shape write(buf, string, offset, max) -> bytes written, writing only whole
// characters within [offset, offset + max); every reader slice(buf, start, end) -> string.

const binding = internalBinding('buffer');

// Strings of at least this many characters, and byte ranges of at least this many bytes, are
// converted in Java.
const kJavaThreshold = 2048;

// --- utf8 -------------------------------------------------------------------------------------------

function utf8ByteLength(str) {
  const n = str.length;
  if (n >= kJavaThreshold) return binding.utf8Length(str);
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { bytes += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { bytes += 2; i++; continue; }
    }
    bytes += 2;
  }
  return bytes;
}

function utf8Write(buf, str, offset, max) {
  const n = str.length;
  if (n >= kJavaThreshold) return javaWrite(kUtf8, buf, str, offset, max);
  let p = offset;
  const end = offset + max;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        if (p + 4 > end) break;
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[p++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    if (p + 3 > end) break;
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
  }
  return p - offset;
}

// Code units collect in a scratch array and become a string a chunk at a time.
const kChunk = 4096;
const units = new Uint16Array(kChunk + 4);

function flush(out, count) {
  return out + String.fromCharCode.apply(null, units.subarray(0, count));
}

// WHATWG UTF-8 decoding: each maximal invalid subpart becomes one U+FFFD.
function utf8Slice(buf, start, end) {
  if (end - start >= kJavaThreshold) return binding.utf8Decode(buf.buffer, buf.byteOffset + start, end - start);
  let out = '';
  let k = 0;
  let i = start;
  while (i < end) {
    if (k >= kChunk) { out = flush(out, k); k = 0; }
    const b = buf[i++];
    if (b < 0x80) { units[k++] = b; continue; }
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    let cp;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0; else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lower = 0x90; else if (b === 0xf4) upper = 0x8f;
    } else { units[k++] = 0xfffd; continue; }
    let ok = true;
    for (let j = 0; j < need; j++) {
      const c = i < end ? buf[i] : -1;
      if (c < lower || c > upper) { ok = false; break; }
      lower = 0x80; upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
      i++;
    }
    if (!ok) { units[k++] = 0xfffd; continue; }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[k++] = 0xd800 + (cp >> 10);
      units[k++] = 0xdc00 + (cp & 0x3ff);
    } else {
      units[k++] = cp;
    }
  }
  return k > 0 ? flush(out, k) : out;
}

// --- latin1, ascii ------------------------------------------------------------------------------------

function latin1Write(buf, str, offset, max) {
  const n = Math.min(str.length, max);
  if (n >= kJavaThreshold) return javaWrite(kLatin1, buf, str, offset, max);
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function bytesSlice(buf, start, end, mask) {
  if (end - start >= kJavaThreshold) return binding.latin1Decode(buf.buffer, buf.byteOffset + start, end - start, mask);
  let out = '';
  let k = 0;
  for (let i = start; i < end; i++) {
    if (k >= kChunk) { out = flush(out, k); k = 0; }
    units[k++] = buf[i] & mask;
  }
  return k > 0 ? flush(out, k) : out;
}

const latin1Slice = (buf, start, end) => bytesSlice(buf, start, end, 0xff);
const asciiSlice = (buf, start, end) => bytesSlice(buf, start, end, 0x7f);

// --- utf16le ------------------------------------------------------------------------------------------

function ucs2Write(buf, str, offset, max) {
  const n = Math.min(str.length, max >>> 1);
  if (n >= kJavaThreshold) return javaWrite(kUcs2, buf, str, offset, max);
  let p = offset;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[p++] = c & 0xff;
    buf[p++] = c >>> 8;
  }
  return n * 2;
}

function ucs2Slice(buf, start, end) {
  if (end - start >= kJavaThreshold) return binding.ucs2Decode(buf.buffer, buf.byteOffset + start, (end - start) & ~1);
  let out = '';
  let k = 0;
  for (let i = start; i + 1 < end; i += 2) {
    if (k >= kChunk) { out = flush(out, k); k = 0; }
    units[k++] = buf[i] | (buf[i + 1] << 8);
  }
  return k > 0 ? flush(out, k) : out;
}

// --- hex ----------------------------------------------------------------------------------------------

const hexDigits = '0123456789abcdef';
const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push(hexDigits[i >> 4] + hexDigits[i & 15]);

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Stops at the first pair that is not two hex digits; an odd last digit is ignored.
function hexWrite(buf, str, offset, max) {
  const n = Math.min(str.length >>> 1, max);
  if (n >= kJavaThreshold) return javaWrite(kHex, buf, str, offset, max);
  for (let i = 0; i < n; i++) {
    const hi = hexValue(str.charCodeAt(2 * i));
    const lo = hexValue(str.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return i;
    buf[offset + i] = (hi << 4) | lo;
  }
  return n;
}

function hexSlice(buf, start, end) {
  if (end - start >= kJavaThreshold) return binding.hexEncode(buf.buffer, buf.byteOffset + start, end - start);
  let out = '';
  for (let i = start; i < end; i++) out += hexPairs[buf[i]];
  return out;
}

// --- base64, base64url --------------------------------------------------------------------------------

const b64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Decoding accepts both alphabets; -1 marks characters that are skipped.
const b64Values = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  b64Values[b64Chars.charCodeAt(i)] = i;
  b64Values[b64UrlChars.charCodeAt(i)] = i;
}

// What Buffer.byteLength reports (an upper bound: characters that are skipped count too).
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

// Characters outside both alphabets are skipped; the first '=' ends the data.
function base64Write(buf, str, offset, max) {
  if (str.length >= kJavaThreshold) {
    return javaWrite(kBase64, buf, str, offset, max);
  }
  let p = offset;
  const end = offset + max;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < str.length && p < end; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x3d) break;
    const v = c < 256 ? b64Values[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      buf[p++] = (acc >> bits) & 0xff;
    }
  }
  return p - offset;
}

function base64Encode(buf, start, end, chars, pad) {
  if (end - start >= kJavaThreshold) return binding.base64Encode(buf.buffer, buf.byteOffset + start, end - start, !pad);
  let out = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out += chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + chars[v & 63];
  }
  if (end - i === 1) {
    const v = buf[i] << 16;
    out += chars[v >> 18] + chars[(v >> 12) & 63] + (pad ? '==' : '');
  } else if (end - i === 2) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8);
    out += chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + (pad ? '=' : '');
  }
  return out;
}

const base64Slice = (buf, start, end) => base64Encode(buf, start, end, b64Chars, true);
const base64urlSlice = (buf, start, end) => base64Encode(buf, start, end, b64UrlChars, false);

// --- Java results ---------------------------------------------------------------------------------------

// Encodings as the binding numbers them (BufferBinding.encode).
const kUtf8 = 0;
const kLatin1 = 1;
const kUcs2 = 2;
const kHex = 3;
const kBase64 = 4;

// Java writes the encoded bytes straight into the target's memory.
function javaWrite(kind, buf, str, offset, max) {
  return binding.encodeInto(kind, str, max, buf.buffer, buf.byteOffset + offset);
}

// A new Uint8Array (made by the FastBuffer constructor given) holding the bytes of a long string, or
// undefined when the string is short: Java encodes into memory of its own, which the result views
// without a copy (internal/buffer/core.js's javaArrayBuffer, passed in: core requires this module).
function fromLarge(kind) {
  return (Ctor, str, max, javaArrayBuffer) => {
    if (str.length < kJavaThreshold) return undefined;
    const result = binding.encode(kind, str, max);
    return new Ctor(javaArrayBuffer(result.bytes), 0, result.length);
  };
}

module.exports = {
  kJavaThreshold,
  utf8FromLarge: fromLarge(kUtf8), latin1FromLarge: fromLarge(kLatin1), ucs2FromLarge: fromLarge(kUcs2),
  hexFromLarge: fromLarge(kHex), base64FromLarge: fromLarge(kBase64),
  utf8ByteLength, utf8Write, utf8Slice,
  latin1Write, latin1Slice, asciiSlice,
  ucs2Write, ucs2Slice,
  hexWrite, hexSlice,
  base64ByteLength, base64Write, base64Slice, base64urlSlice,
};
