'use strict';
// WHATWG TextEncoder and TextDecoder (util.TextEncoder/TextDecoder and the globals). UTF-8, UTF-16LE
// and windows-1252 ("latin1") are decoded here; the other encodings Node's ICU knows go to Java's
// charsets through internalBinding('buffer').

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA,
} = require('internal/errors').codes;
const { errorWithMessage } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { encodingOps } = require('internal/buffer/core');
const types = require('internal/util/types');
const binding = internalBinding('buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// --- labels ------------------------------------------------------------------------------------------

// WHATWG encoding name -> its labels (the Encoding Standard's table, for the encodings supported).
const labelTable = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2',
    'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595',
    'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126',
    'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58',
    'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j',
    'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
    'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'x-user-defined': ['x-user-defined'],
};
const encodingOfLabel = new Map();
for (const [name, labels] of Object.entries(labelTable)) {
  for (const label of labels) encodingOfLabel.set(label, name);
}

// Java's name for the encodings decoded there.
const javaCharset = {
  'utf-16be': 'UTF-16BE', 'ibm866': 'IBM866', 'iso-8859-2': 'ISO-8859-2', 'iso-8859-5': 'ISO-8859-5',
  'iso-8859-7': 'ISO-8859-7', 'iso-8859-15': 'ISO-8859-15', 'koi8-r': 'KOI8-R', 'koi8-u': 'KOI8-U',
  'windows-1250': 'windows-1250', 'windows-1251': 'windows-1251', 'gbk': 'GBK', 'gb18030': 'GB18030',
  'big5': 'Big5-HKSCS', 'euc-jp': 'EUC-JP', 'shift_jis': 'windows-31j', 'euc-kr': 'x-windows-949',
};

function trimAsciiWhitespace(s) {
  return s.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

// --- TextEncoder --------------------------------------------------------------------------------------

const encoders = new WeakSet();

function checkEncoder(self) {
  if (!encoders.has(self)) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    encoders.add(this);
  }

  get encoding() {
    checkEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    checkEncoder(this);
    input = `${input}`;
    const out = new Uint8Array(encodingOps.utf8.byteLength(input));
    encodingOps.utf8.write(out, input, 0, out.length);
    return out;
  }

  encodeInto(src, dest) {
    checkEncoder(this);
    validateString(src, 'src');
    if (!types.isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const max = dest.length;
    let written = 0;
    let read = 0;
    const n = src.length;
    while (read < n) {
      const c = src.charCodeAt(read);
      let size;
      let units = 1;
      if (c < 0x80) size = 1;
      else if (c < 0x800) size = 2;
      else if (c >= 0xd800 && c <= 0xdbff && read + 1 < n &&
               src.charCodeAt(read + 1) >= 0xdc00 && src.charCodeAt(read + 1) <= 0xdfff) {
        size = 4;
        units = 2;
      } else {
        size = 3;
      }
      if (written + size > max) break;
      encodingOps.utf8.write(dest, src.slice(read, read + units), written, size);
      written += size;
      read += units;
    }
    return { read, written };
  }

  [kInspect](depth, options, inspect) {
    checkEncoder(this);
    if (depth < 0) return this;
    return inspect({ encoding: this.encoding }, options);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
for (const key of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, key, { enumerable: true });
}

// --- TextDecoder --------------------------------------------------------------------------------------

const decoders = new WeakMap();

function decoderState(self) {
  const s = decoders.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return s;
}

const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes) {
  let out = '';
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80 && b <= 0x9f) {
      out += encodingOps.latin1.slice(bytes, from, i) + String.fromCharCode(cp1252High[b - 0x80]);
      from = i + 1;
    }
  }
  return out + encodingOps.latin1.slice(bytes, from, bytes.length);
}

function decodeUserDefined(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    out += String.fromCharCode(bytes[i] < 0x80 ? bytes[i] : 0xf780 + bytes[i] - 0x80);
  }
  return out;
}

// Length of a valid-so-far incomplete UTF-8 sequence ending bytes, or 0 (a stream keeps it).
function utf8PendingTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const lead = bytes[n - back];
    if (lead >= 0x80 && lead <= 0xbf) continue;
    const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 :
      lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (need <= back) return 0;
    if (back >= 2) {
      const second = bytes[n - back + 1];
      const lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < lower || second > upper) return 0;
    }
    return back;
  }
  return 0;
}

// Length of what a UTF-16 stream keeps: an odd byte, or a high surrogate waiting for its pair.
function utf16PendingTail(bytes, littleEndian) {
  const odd = bytes.length & 1;
  const end = bytes.length - odd;
  if (end >= 2) {
    const unit = littleEndian ? bytes[end - 2] | (bytes[end - 1] << 8) : (bytes[end - 2] << 8) | bytes[end - 1];
    if (unit >= 0xd800 && unit <= 0xdbff) return odd + 2;
  }
  return odd;
}

function utf8IsValid(bytes) {
  return binding.isUtf8(bytes.buffer, bytes.byteOffset, bytes.length);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const name = encodingOfLabel.get(trimAsciiWhitespace(encoding).toLowerCase());
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    decoders.set(this, {
      encoding: name,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: null,
      bomSeen: false,
    });
  }

  get encoding() { return decoderState(this).encoding; }
  get fatal() { return decoderState(this).fatal; }
  get ignoreBOM() { return decoderState(this).ignoreBOM; }

  decode(input = undefined, options = {}) {
    const s = decoderState(this);
    let bytes;
    if (input === undefined) {
      bytes = new Uint8Array(0);
    } else if (types.isAnyArrayBuffer(input)) {
      bytes = new Uint8Array(input);
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      throw errorWithMessage('ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of ' +
        'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const stream = Boolean(options?.stream);
    if (s.pending !== null) {
      const joined = new Uint8Array(s.pending.length + bytes.length);
      joined.set(s.pending);
      joined.set(bytes, s.pending.length);
      bytes = joined;
      s.pending = null;
    }
    if (stream) {
      let keep = 0;
      if (s.encoding === 'utf-8') keep = utf8PendingTail(bytes);
      else if (s.encoding === 'utf-16le' || s.encoding === 'utf-16be') {
        keep = utf16PendingTail(bytes, s.encoding === 'utf-16le');
      }
      if (keep > 0) {
        s.pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    let text = this.#decodeBytes(s, bytes);
    if (!s.ignoreBOM && !s.bomSeen && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff && (s.encoding === 'utf-8' || s.encoding.startsWith('utf-16'))) {
        text = text.slice(1);
      }
      s.bomSeen = true;
    }
    if (!stream) s.bomSeen = false;
    return text;
  }

  #decodeBytes(s, bytes) {
    const invalid = () => {
      s.pending = null;
      s.bomSeen = false;
      return new ERR_ENCODING_INVALID_ENCODED_DATA(s.encoding);
    };
    switch (s.encoding) {
      case 'utf-8':
        if (s.fatal && !utf8IsValid(bytes)) throw invalid();
        return encodingOps.utf8.slice(bytes, 0, bytes.length);
      case 'utf-16le': {
        let text = encodingOps.utf16le.slice(bytes, 0, bytes.length & ~1);
        if (bytes.length & 1) {
          if (s.fatal) throw invalid();
          text += '\ufffd';
        }
        if (!text.isWellFormed()) {
          if (s.fatal) throw invalid();
          text = text.toWellFormed();
        }
        return text;
      }
      case 'windows-1252':
        return decodeWindows1252(bytes);
      case 'x-user-defined':
        return decodeUserDefined(bytes);
      default: {
        const text = binding.decodeCharset(javaCharset[s.encoding], bytes.buffer, bytes.byteOffset,
          bytes.length, s.fatal);
        if (text === null) throw invalid();
        return text;
      }
    }
  }

  [kInspect](depth, options, inspect) {
    const s = decoderState(this);
    if (depth < 0) return this;
    const shown = { encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM };
    return `TextDecoder ${inspect(shown, options)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
for (const key of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  Object.defineProperty(TextDecoder.prototype, key, { enumerable: true });
}

module.exports = { TextEncoder, TextDecoder };
