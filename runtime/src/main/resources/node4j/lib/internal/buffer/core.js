'use strict';
// What buffer.js and the other byte-handling modules (string_decoder, encoding) share: FastBuffer and
// the table of encodings.

const codecs = require('internal/buffer/codecs');
const binding = internalBinding('buffer');

// The class every Buffer is made by; buffer.js makes its prototype Buffer.prototype.
class FastBuffer extends Uint8Array {
  // A constructor of its own keeps argument handling Uint8Array's.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// --- memory Java filled ---------------------------------------------------------------------------

// ArrayBuffers that view a java.nio.ByteBuffer a binding filled (new ArrayBuffer(byteBuffer): no copy),
// each mapped to that ByteBuffer. The engine copies into or out of such memory one element at a time
// through interop (about 100x slower than between two JS ArrayBuffers), so copies that touch it go
// to Java, which reaches the ByteBuffer directly.
const javaMemory = new WeakMap();

function javaArrayBuffer(byteBuffer) {
  const ab = new ArrayBuffer(byteBuffer);
  javaMemory.set(ab, byteBuffer);
  return ab;
}

// Copies below this many bytes stay with the engine.
const kJavaCopy = 32;

// target.set(source, offset) for byte views (Uint8Array, Buffer), the caller having checked that the
// source fits.
function setBytes(target, source, offset = 0) {
  const n = source.byteLength;
  if (n >= kJavaCopy) {
    const from = javaMemory.get(source.buffer);
    const to = javaMemory.get(target.buffer);
    if (from !== undefined || to !== undefined) {
      binding.copy(from ?? source.buffer, source.byteOffset, to ?? target.buffer, target.byteOffset + offset, n);
      return;
    }
  }
  target.set(source, offset);
}

// Node's canonical names for the encodings it knows, from any spelling it accepts; undefined for an
// unknown one.
function normalizeEncoding(enc) {
  if (enc == null || enc === '' || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return canonical(`${enc}`.toLowerCase());
}

function canonical(lower) {
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function lengthOf(str) {
  return str.length;
}

// fromLarge(FastBuffer, string, byteLength, javaArrayBuffer): a new Buffer of a long string's bytes,
// encoded in Java into memory the Buffer views; undefined for a short string (write() then fills one).
const encodingOps = {
  utf8: { encoding: 'utf8', byteLength: codecs.utf8ByteLength, write: codecs.utf8Write,
          slice: codecs.utf8Slice, fromLarge: codecs.utf8FromLarge },
  utf16le: { encoding: 'utf16le', byteLength: (s) => s.length * 2, write: codecs.ucs2Write,
             slice: codecs.ucs2Slice, fromLarge: codecs.ucs2FromLarge },
  latin1: { encoding: 'latin1', byteLength: lengthOf, write: codecs.latin1Write,
            slice: codecs.latin1Slice, fromLarge: codecs.latin1FromLarge },
  ascii: { encoding: 'ascii', byteLength: lengthOf, write: codecs.latin1Write,
           slice: codecs.asciiSlice, fromLarge: codecs.latin1FromLarge },
  base64: { encoding: 'base64', byteLength: codecs.base64ByteLength, write: codecs.base64Write,
            slice: codecs.base64Slice, fromLarge: codecs.base64FromLarge },
  base64url: { encoding: 'base64url', byteLength: codecs.base64ByteLength, write: codecs.base64Write,
               slice: codecs.base64urlSlice, fromLarge: codecs.base64FromLarge },
  hex: { encoding: 'hex', byteLength: (s) => s.length >>> 1, write: codecs.hexWrite,
         slice: codecs.hexSlice, fromLarge: codecs.hexFromLarge },
};

// The ops of an encoding given by the user (any case), or undefined. Only strings name encodings.
function getEncodingOps(encoding) {
  encoding = `${encoding}`;
  if (encoding === 'utf8' || encoding === 'utf-8') return encodingOps.utf8;
  const name = canonical(encoding.toLowerCase());
  return name === undefined ? undefined : encodingOps[name];
}

module.exports = {
  FastBuffer, encodingOps, getEncodingOps, normalizeEncoding, javaArrayBuffer, setBytes,
};
