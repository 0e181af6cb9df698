'use strict';
// node:string_decoder. Bytes that end a chunk in the middle of a character (UTF-8, UTF-16) or of a
// base64 group wait in lastChar until the next write; end() flushes what is left.

const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING, ERR_INVALID_THIS } = require('internal/errors').codes;
const { encodingOps, normalizeEncoding, FastBuffer } = require('internal/buffer/core');
// The decoder's buffers are Buffers: buffer.js gives FastBuffer its methods (and inspect output).
require('buffer');

// The decoder's state is one 7-byte Buffer, as Node keeps it (and util.inspect shows it): the
// pending bytes (4), how many are missing, how many are buffered, and the encoding's number.
const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;
const encodingNumbers = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

// How many bytes a UTF-8 sequence starting with `lead` has (0 for a byte no sequence starts with).
function utf8SequenceLength(lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// The length of an incomplete sequence at the end of bytes[0, end), or 0. Like Node, only the lead
// byte and the continuation range are checked here; decoding judges the rest.
function utf8IncompleteTail(bytes, end) {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const start = end - back;
    const need = utf8SequenceLength(bytes[start]);
    if (need === 0) {
      if (bytes[start] >= 0x80 && bytes[start] <= 0xbf) continue;
      return 0;
    }
    if (need <= back) return 0;
    for (let i = 1; i < back; i++) {
      if (bytes[start + i] < 0x80 || bytes[start + i] > 0xbf) return 0;
    }
    return back;
  }
  return 0;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function concatBytes(a, aLength, b) {
  const out = new FastBuffer(aLength + b.length);
  out.set(a.subarray(0, aLength));
  out.set(b, aLength);
  return out;
}

function state(self) {
  const s = self?.[kNativeDecoder];
  if (s === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return s;
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  const s = new FastBuffer(7);
  s[kEncoding] = encodingNumbers[normalized];
  Object.defineProperty(this, kNativeDecoder, { value: s, writable: true, configurable: true,
                                                enumerable: true });
}

// Decodes `bytes` (pending bytes already prepended) and keeps an incomplete tail for later.
function decodeChunk(s, encoding, bytes) {
  let keep = 0;
  let total = 0;
  switch (encoding) {
    case 'utf8':
      keep = utf8IncompleteTail(bytes, bytes.length);
      if (keep) total = utf8SequenceLength(bytes[bytes.length - keep]);
      break;
    case 'utf16le': {
      keep = bytes.length & 1;
      total = 2;
      const end = bytes.length;
      // A high surrogate at an even end waits for its low half.
      if (keep === 0 && end >= 2) {
        const unit = bytes[end - 2] | (bytes[end - 1] << 8);
        if (unit >= 0xd800 && unit <= 0xdbff) {
          keep += 2;
          total = 4;
        }
      }
      break;
    }
    case 'base64':
    case 'base64url':
      keep = bytes.length % 3;
      total = 3;
      break;
    default:
      break;
  }
  const end = bytes.length - keep;
  s.set(bytes.subarray(end));
  s[kMissing] = keep ? total - keep : 0;
  s[kBuffered] = keep;
  return end > 0 ? encodingOps[encoding].slice(bytes, 0, end) : '';
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const s = state(this);
  let bytes = toBytes(buf);
  if (s[kMissing] > 0) {
    bytes = concatBytes(s, s[kBuffered], bytes);
    // The bytes that complete the waiting character join it in lastChar, as in Node.
    s.set(bytes.subarray(0, Math.min(4, s[kBuffered] + s[kMissing], bytes.length)));
  } else if (bytes.length === 0) {
    return '';
  }
  return decodeChunk(s, this.encoding, bytes);
};

StringDecoder.prototype.end = function end(buf) {
  const s = state(this);
  const text = buf === undefined ? '' : this.write(buf);
  const pending = s[kBuffered];
  s[kMissing] = 0;
  s[kBuffered] = 0;
  if (pending === 0) return text;
  const rest = s.subarray(0, pending);
  const length = this.encoding === 'utf16le' ? rest.length & ~1 : rest.length;
  return text + encodingOps[this.encoding].slice(rest, 0, length);
};

// Decodes buf from `offset` on, as if the decoder were fresh (Node's text()).
StringDecoder.prototype.text = function text(buf, offset) {
  const s = state(this);
  s[kMissing] = 0;
  s[kBuffered] = 0;
  return this.write(toBytes(buf).subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return state(this).subarray(0, 4); },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return state(this)[kMissing]; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { const s = state(this); return s[kBuffered] + s[kMissing]; },
  },
});

module.exports = { StringDecoder };
