'use strict';
// What every crypto file shares: the binding, byte conversions between JS and it, Node's input checks
// for data and keys, and OpenSSL-style errors.

const binding = internalBinding('crypto');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

// Buffer comes from the buffer module when it exists; until then results are plain Uint8Arrays.
let BufferCtor;
function bufferCtor() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = require('buffer').Buffer;
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

// A Buffer over the bytes the binding returned (a direct Java buffer, viewed without a copy).
function toBuffer(hostBytes) {
  const ab = new ArrayBuffer(hostBytes);
  const B = bufferCtor();
  return B ? B.from(ab) : new Uint8Array(ab);
}

// The binding's bytes as Node returns them: a string in `encoding`, or a Buffer.
function output(hostBytes, encoding) {
  if (typeof encoding === 'string' && encoding !== 'buffer') return binding.encode(hostBytes, encoding);
  return toBuffer(hostBytes);
}

function isView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// Data for update()/hash(): a string (read in `encoding`) or an ArrayBuffer view.
function validateData(data, name = 'data') {
  if (typeof data !== 'string' && !isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

// Node's getArrayBufferOrView: strings, ArrayBuffers and views, as something the binding reads.
function arrayBufferOrView(value, name, encoding) {
  if (isAnyArrayBuffer(value) || isView(value)) return value;
  if (typeof value === 'string') {
    return encoding === 'buffer' || encoding === undefined ? value : new Uint8Array(new ArrayBuffer(binding.decode(value, encoding)));
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function byteLength(value) {
  if (typeof value === 'string') return binding.decode(value, 'utf8').capacity?.() ?? new ArrayBuffer(binding.decode(value, 'utf8')).byteLength;
  return value.byteLength;
}

// An error as Node builds it from OpenSSL's error queue.
function opensslError(reason, library, packed, code) {
  const err = new Error(`error:${packed}:${library}::${reason}`);
  if (code !== undefined) {
    err.library = library;
    err.reason = reason;
    err.code = code;
  }
  return err;
}

// Node's normalizeEncoding for the few names crypto cares about ('buffer' passes through).
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'buffer') return enc;
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    default: return undefined;
  }
}

module.exports = {
  binding, toBuffer, output, isView, isAnyArrayBuffer, validateData, arrayBufferOrView, byteLength,
  opensslError, normalizeEncoding, bufferCtor,
};
