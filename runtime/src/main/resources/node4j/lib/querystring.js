'use strict';
// node:querystring: Node's own query string format (not the WHATWG form encoding): repeated keys
// become arrays, '+' is a space, and undecodable escapes are kept as they are.

const { utf8Decode, hexValue } = require('internal/url/encoding');
const { ERR_INVALID_URI } = require('internal/errors').codes;

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const UNESCAPED = new Uint8Array(128);
for (const ch of "-._~!'()*") UNESCAPED[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) UNESCAPED[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) UNESCAPED[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) UNESCAPED[c] = 1;

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && UNESCAPED[c] === 1) continue;
    out += str.slice(last, i);
    if (c < 0x80) {
      out += HEX[c];
    } else if (c < 0x800) {
      out += HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    } else {
      // Any surrogate takes the next unit as its pair, as Node's does; only the end is an error.
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

// The bytes of s with %XX escapes decoded (invalid ones kept) and, with decodeSpaces, '+' as space.
// Characters above U+00FF keep only their low byte, as Node's does.
function unescapeBytes(s, decodeSpaces) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hexValue(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out.push(decodeSpaces && c === 0x2b ? 0x20 : c & 0xff);
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  return Buffer.from(unescapeBytes(`${s}`, decodeSpaces));
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  // module.exports.escape: a program may replace it, and Node's stringify then uses the new one.
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent
    : module.exports.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(prefix + encode(stringifyPrimitive(item)));
    } else {
      fields.push(prefix + encode(stringifyPrimitive(value)));
    }
  }
  return fields.join(sep);
}

function decodeWith(decoder, text) {
  if (decoder === unescape && !text.includes('%')) return text;
  try {
    return decoder(text);
  } catch {
    return unescape(text, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  const decoder = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent
    : module.exports.unescape;
  // '+' means a space; it reaches the decoder as "%20".
  if (qs.includes('+')) qs = qs.replace(/\+/g, '%20');
  let pairs = 0;
  let start = 0;
  while (start <= qs.length && pairs < limit) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    pairs++;
    const piece = qs.slice(start, end);
    start = end + sep.length;
    if (piece.length === 0) continue;
    const at = piece.indexOf(eq);
    const key = decodeWith(decoder, at === -1 ? piece : piece.slice(0, at));
    const value = at === -1 ? '' : decodeWith(decoder, piece.slice(at + eq.length));
    const current = obj[key];
    if (current === undefined) obj[key] = value;
    else if (Array.isArray(current)) current.push(value);
    else obj[key] = [current, value];
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer, unescape, escape, stringify, encode: stringify, parse, decode: parse,
};
