'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams between strings and UTF-8 bytes. They
// use the global TextEncoder/TextDecoder when the runtime has them, else a UTF-8 codec of their own.

const { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } = require('internal/errors').codes;
const { TransformStream } = require('internal/webstreams/transformstream');
const { kInspect, customInspect } = require('internal/webstreams/util');

const kTransform = Symbol('kTransform');
const kDecoder = Symbol('kDecoder');

// UTF-8 encoding of a string whose lone surrogates become U+FFFD.
function encodeUtf8(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

class TextEncoderStream {
  constructor() {
    // A high surrogate at the end of a chunk waits for the next chunk.
    let pending = '';
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let text = pending + String(chunk);
        pending = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encodeUtf8(text));
      },
      flush(controller) {
        if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }

  get encoding() {
    if (!(kTransform in Object(this))) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!(kTransform in Object(this))) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!(kTransform in Object(this))) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this.encoding, readable: this.readable, writable: this.writable,
    });
  }
}

// A streaming UTF-8 decoder: incomplete sequences at the end of a chunk wait for the next one.
class Utf8Decoder {
  constructor(fatal, ignoreBOM) {
    this.fatal = fatal;
    this.ignoreBOM = ignoreBOM;
    this.pending = [];
    this.bomSeen = false;
  }

  decode(bytes, stream) {
    const data = this.pending.length ? [...this.pending, ...bytes] : bytes;
    this.pending = [];
    let out = '';
    let i = 0;
    while (i < data.length) {
      const b = data[i];
      const need = b < 0x80 ? 0 : b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
      if (need < 0) {
        out += this.invalid();
        i++;
        continue;
      }
      if (i + need >= data.length && need > 0) {
        // Possibly incomplete: keep it for the next chunk when every byte so far is valid.
        let valid = true;
        for (let k = i + 1; k < data.length; k++) if ((data[k] & 0xc0) !== 0x80) valid = false;
        if (valid && stream) {
          this.pending = Array.from(data.slice(i));
          break;
        }
        if (valid) {
          // The input ends inside a character: one replacement for all of it.
          out += this.invalid();
          break;
        }
      }
      let cp = need === 0 ? b : b & (0x3f >> need);
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const c = data[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      if (!ok || (need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
          (cp >= 0xd800 && cp <= 0xdfff)) {
        out += this.invalid();
        i++;
        continue;
      }
      i += need + 1;
      if (!this.bomSeen) {
        this.bomSeen = true;
        if (cp === 0xfeff && !this.ignoreBOM) continue;
      }
      out += String.fromCodePoint(cp);
    }
    if (!stream && this.pending.length) {
      this.pending = [];
      out += this.invalid();
    }
    if (out.length > 0) this.bomSeen = true;
    return out;
  }

  invalid() {
    if (this.fatal) {
      const err = new TypeError('The encoded data was not valid for encoding utf-8');
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    return '\ufffd';
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const fatal = !!options?.fatal;
    const ignoreBOM = !!options?.ignoreBOM;
    const label = String(encoding).trim().toLowerCase();
    let decoder;
    if (typeof globalThis.TextDecoder === 'function') {
      decoder = new globalThis.TextDecoder(encoding, { fatal, ignoreBOM });
    } else if (label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8') {
      const own = new Utf8Decoder(fatal, ignoreBOM);
      decoder = {
        encoding: 'utf-8', fatal, ignoreBOM,
        decode: (bytes, opts) => own.decode(bytes === undefined ? new Uint8Array(0)
          : new Uint8Array(bytes.buffer ?? bytes, bytes.byteOffset ?? 0, bytes.byteLength), !!opts?.stream),
      };
    } else {
      const err = new RangeError(`The "${encoding}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this[kDecoder] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    if (!(kDecoder in Object(this))) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kDecoder].encoding;
  }

  get fatal() {
    if (!(kDecoder in Object(this))) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kDecoder].fatal;
  }

  get ignoreBOM() {
    if (!(kDecoder in Object(this))) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kDecoder].ignoreBOM;
  }

  get readable() {
    if (!(kDecoder in Object(this))) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!(kDecoder in Object(this))) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
      readable: this.readable, writable: this.writable,
    });
  }
}

void ERR_INVALID_ARG_VALUE;

module.exports = { TextEncoderStream, TextDecoderStream };
