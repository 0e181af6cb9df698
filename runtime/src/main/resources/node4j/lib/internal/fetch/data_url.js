'use strict';
// The fetch standard's data: URL processor, with the infra standard's percent-decoding and
// forgiving-base64 decoding.

const HEX_DIGIT = /^[0-9A-Fa-f]$/;

function percentDecode(string) {
  const bytes = new TextEncoder().encode(string);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  const hex = (b) => b !== undefined && HEX_DIGIT.test(String.fromCharCode(b));
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x25 && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = bytes[i];
    }
  }
  return out.subarray(0, n);
}

// The bytes that base64 text decodes to, or null when it is not base64.
function forgivingBase64(bytes) {
  let data = '';
  for (const b of bytes) data += String.fromCharCode(b);
  data = data.replace(/[\t\n\f\r ]/g, '');
  if (data.length % 4 === 0) data = data.replace(/={1,2}$/, '');
  if (data.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(data)) return null;
  const { Buffer } = require('buffer');
  return new Uint8Array(Buffer.from(data, 'base64'));
}

// { type, bytes } for a data: URL, or null when it is malformed. The media type is serialised as
// MIMEType does; one that does not parse is text/plain;charset=US-ASCII.
function processDataURL(url) {
  let input = url.href.slice('data:'.length);
  if (url.hash !== '') input = input.slice(0, -url.hash.length);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let type = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let bytes = percentDecode(input.slice(comma + 1));
  const base64 = /;\u0020*base64$/i.exec(type);
  if (base64 !== null) {
    type = type.slice(0, base64.index);
    bytes = forgivingBase64(bytes);
    if (bytes === null) return null;
  }
  if (type.startsWith(';')) type = `text/plain${type}`;
  try {
    const { MIMEType } = require('internal/mime');
    type = `${new MIMEType(type)}`;
  } catch {
    type = 'text/plain;charset=US-ASCII';
  }
  return { type, bytes };
}

module.exports = { processDataURL };
