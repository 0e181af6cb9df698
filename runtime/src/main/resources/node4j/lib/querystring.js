'use strict';
// node:querystring: Node's own query string format (not the WHATWG form encoding): repeated keys
// become arrays, '+' is a space, and undecodable escapes are kept as they are.

const { utf8Decode, hexValue } = require('internal/url/encoding');
const { encodeStr, safeTable } = require('internal/querystring');

// escape() leaves A-Z a-z 0-9 - . _ ~ ! ' ( ) * alone.
const UNESCAPED = safeTable("-._~!'()*");

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, UNESCAPED);
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
