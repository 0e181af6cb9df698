'use strict';
// node:buffer. A Buffer is a Uint8Array whose prototype is Buffer.prototype: instances are made by
// FastBuffer (a Uint8Array subclass sharing that prototype), never by calling Buffer, so they are
// real typed arrays. Small allocations come from a shared pool (Buffer.poolSize).

const {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
  ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_INVALID_STATE, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { errorWithMessage } = require('internal/errors');
const { validateArray, validateNumber, validateString, validateInteger, validateBuffer } =
  require('internal/validators');
const codecs = require('internal/buffer/codecs');
const { addNumberMethods } = require('internal/buffer/numbers');
const {
  FastBuffer, encodingOps, getEncodingOps, normalizeEncoding, javaArrayBuffer, setBytes,
} = require('internal/buffer/core');
const types = require('internal/util/types');
const binding = internalBinding('buffer');

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
Object.defineProperties(constants, {
  MAX_LENGTH: { writable: false }, MAX_STRING_LENGTH: { writable: false },
});
let INSPECT_MAX_BYTES = 50;

const isUint8Array = types.isUint8Array;
const isAnyArrayBuffer = types.isAnyArrayBuffer;

// --- the pool ------------------------------------------------------------------------------------------

let poolOffset = 0;
let allocPool;

function createPool() {
  allocPool = new ArrayBuffer(Buffer.poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > allocPool.byteLength - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// --- Buffer --------------------------------------------------------------------------------------------

// As Node: calls from code under node_modules do not warn (the program's dependencies are not its
// own to fix) unless --pending-deprecation is on; the first call that does warn is the only one.
let warnedBufferCall = false;
function showBufferWarning() {
  if (warnedBufferCall) return;
  if (!require('internal/util/pending_deprecation').pendingDeprecation() &&
      require('internal/util/caller').isInsideNodeModules()) {
    return;
  }
  warnedBufferCall = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning',
    'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showBufferWarning();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringWith(string, ops);
}

function fromStringWith(string, ops) {
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const large = ops.fromLarge(FastBuffer, string, length, javaArrayBuffer);
    if (large !== undefined) return large;
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (length > allocPool.byteLength - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  const b = allocate(obj.length);
  for (let i = 0; i < obj.length; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    if (isUint8Array(obj)) {
      const b = allocate(obj.length);
      setBytes(b, obj);
      return b;
    }
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

const statics = {
  from,

  copyBytesFrom(view, offset, length) {
    if (!types.isTypedArray(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
    }
    const viewLength = view.length;
    if (viewLength === 0) return new FastBuffer();
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0);
        if (offset >= viewLength) return new FastBuffer();
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        validateInteger(length, 'length', 0);
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = view.subarray(offset, end);
    }
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const b = allocate(bytes.length);
    setBytes(b, bytes);
    return b;
  },

  of(...items) {
    const b = allocate(items.length);
    for (let i = 0; i < items.length; i++) b[i] = items[i];
    return b;
  },

  alloc(size, fill, encoding) {
    validateSize(size);
    if (fill !== undefined && fill !== 0 && size > 0) {
      const b = new FastBuffer(size);
      return fillBuffer(b, fill, 0, b.length, encoding);
    }
    return new FastBuffer(size);
  },

  allocUnsafe(size) {
    validateSize(size);
    return allocate(size);
  },

  allocUnsafeSlow(size) {
    validateSize(size);
    return new FastBuffer(size);
  },

  isBuffer(b) {
    return b instanceof Buffer;
  },

  compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
    if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
    if (buf1 === buf2) return 0;
    return compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
  },

  isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 &&
      normalizeEncoding(encoding) !== undefined;
  },

  concat(list, length) {
    validateArray(list, 'list');
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    } else {
      validateInteger(length, 'length', 0, kMaxLength);
    }
    const buffer = statics.allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) {
        throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      }
      pos += copyBytes(buf, buffer, pos, 0, buf.length);
    }
    if (pos < length) buffer.fill(0, pos, length);
    return buffer;
  },

  byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
    }
    if (string.length === 0) return 0;
    const ops = encoding ? getEncodingOps(encoding) : undefined;
    return (ops ?? encodingOps.utf8).byteLength(string);
  },
};
for (const [name, fn] of Object.entries(statics)) {
  Object.defineProperty(Buffer, name, { value: fn, writable: true, configurable: true, enumerable: true });
}
Object.defineProperty(Buffer, 'poolSize', { value: 64 * 1024, writable: true, enumerable: true, configurable: true });
createPool();

// --- comparison and copy ---------------------------------------------------------------------------------

function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = Math.min(aLen, bLen);
  if (n >= codecs.kJavaThreshold) {
    const r = binding.compare(a.buffer, a.byteOffset + aStart, aLen, b.buffer, b.byteOffset + bStart, bLen);
    return r;
  }
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
}

// Copies what fits of source[sourceStart, sourceEnd) to target at targetStart; returns the count.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  const src = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  const dst = new Uint8Array(target.buffer, target.byteOffset + targetStart, nb);
  setBytes(dst, src);
  return nb;
}

function toInteger(n, defaultValue) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultValue;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyBytes(source, target, targetStart, sourceStart, sourceEnd);
}

// --- fill ------------------------------------------------------------------------------------------------

function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateInteger(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateInteger(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    fillByte(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = fromStringWith(value, encodingOps[encoding]);
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    fillByte(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const first = Math.min(pattern.length, end - offset);
  setBytes(buf, pattern.subarray(0, first), offset);
  repeatFilled(buf, offset, end, first);
  return buf;
}

// The engine's fill and copyWithin move one element at a time; set() between typed arrays is one bulk
// copy. So large ranges are filled by doubling: the first bytes are filled, then copied after
// themselves until the range is full.
const kFillDirect = 4096;

function fillByte(buf, byte, offset, end) {
  if (end - offset <= kFillDirect) {
    Uint8Array.prototype.fill.call(buf, byte, offset, end);
    return;
  }
  Uint8Array.prototype.fill.call(buf, byte, offset, offset + kFillDirect);
  repeatFilled(buf, offset, end, kFillDirect);
}

// buf[offset, offset + filled) holds the pattern (whole repetitions of it); repeats it up to end.
function repeatFilled(buf, offset, end, filled) {
  const total = end - offset;
  while (filled < total) {
    const n = Math.min(filled, total - filled);
    setBytes(buf, new Uint8Array(buf.buffer, buf.byteOffset + offset, n), offset + filled);
    filled += n;
  }
}

// --- indexOf ---------------------------------------------------------------------------------------------

// Where a search starts, as Node computes it: negative offsets count from the end; out-of-range ones
// search everything or nothing depending on the direction. -1 means no match is possible.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function searchBytes(hay, needle, offset, forward, step = 1) {
  const hayLength = hay.length;
  const needleLength = needle.length;
  const start = searchStart(hayLength, offset, needleLength, forward);
  if (needleLength === 0) return start;
  if (hayLength === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > hayLength) || needleLength > hayLength) return -1;
  if (hayLength >= codecs.kJavaThreshold) {
    return binding.indexOf(hay.buffer, hay.byteOffset, hayLength, needle.buffer, needle.byteOffset,
      needleLength, start, forward, step);
  }
  const first = needle[0];
  if (forward) {
    let i = start;
    if (step === 2 && (i & 1)) i++;
    for (; i + needleLength <= hayLength; i += step) {
      if (hay[i] !== first) continue;
      let j = 1;
      while (j < needleLength && hay[i + j] === needle[j]) j++;
      if (j === needleLength) return i;
    }
    return -1;
  }
  let i = Math.min(start, hayLength - needleLength);
  if (step === 2 && (i & 1)) i--;
  for (; i >= 0; i -= step) {
    if (hay[i] !== first) continue;
    let j = 1;
    while (j < needleLength && hay[i + j] === needle[j]) j++;
    if (j === needleLength) return i;
  }
  return -1;
}

function indexOfNumber(buf, value, offset, forward) {
  const start = searchStart(buf.length, offset, 1, forward);
  if (start <= -1 || buf.length === 0) return -1;
  const byte = value & 255;
  if (forward) return Uint8Array.prototype.indexOf.call(buf, byte, start);
  return Uint8Array.prototype.lastIndexOf.call(buf, byte, start);
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') return indexOfNumber(buffer, value >>> 0, byteOffset, forward);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    const needle = fromStringWith(value, ops);
    // UTF-16 text is searched at even positions only.
    const step = ops.encoding === 'utf16le' ? 2 : 1;
    if (step === 2 && value.length > 0 && needle.length === 0) return -1;
    return searchBytes(buffer, needle, byteOffset, forward, step);
  }
  if (isUint8Array(value)) {
    const step = ops?.encoding === 'utf16le' ? 2 : 1;
    return searchBytes(buffer, value, byteOffset, forward, step);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

// --- Buffer.prototype ----------------------------------------------------------------------------------

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function sliceImpl(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
}

function swap(buf, size) {
  const n = buf.length;
  if (n % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  for (let i = 0; i < n; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const methods = {
  toString(encoding, start, end) {
    if (arguments.length === 0) return encodingOps.utf8.slice(this, 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return encodingOps.utf8.slice(this, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.slice(this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 ||
      compareRanges(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  },

  [kInspect](recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = encodingOps.hex.slice(this, 0, shown).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
      const extra = keys.filter((k) => typeof k !== 'string' || !/^(?:0|[1-9][0-9]*)$/.test(k) ||
        Number(k) >= this.length);
      if (extra.length > 0) {
        const obj = { __proto__: null };
        for (const key of extra) obj[key] = this[key];
        const { inspect } = require('internal/util/inspect');
        const text = inspect(obj, { ...ctx, breakLength: Infinity, compact: true });
        if (this.length !== 0) str += ', ';
        // Drop the "[Object: null prototype] {" opening and the closing " }".
        str += text.slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return compareRanges(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateInteger(targetStart, 'targetStart', 0, kMaxLength);
    if (targetEnd === undefined) targetEnd = target.length;
    else validateInteger(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateInteger(sourceStart, 'sourceStart', 0, kMaxLength);
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateInteger(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return compareRanges(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
  },

  lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
  },

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) return this.utf8Write(string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateInteger(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof string !== 'string') throw notAString();
    return ops.write(this, string, offset, length);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; i++) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray: sliceImpl,
  slice: sliceImpl,

  swap16() { return swap(this, 2); },
  swap32() { return swap(this, 4); },
  swap64() { return swap(this, 8); },

  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },
};
methods.toLocaleString = methods.toString;
methods.inspect = methods[kInspect];

const proto = Buffer.prototype;
for (const key of Reflect.ownKeys(methods)) {
  Object.defineProperty(proto, key, { value: methods[key], writable: true, configurable: true,
                                       enumerable: typeof key === 'string' });
}
Object.defineProperty(methods.subarray, 'name', { value: 'subarray' });
Object.defineProperty(methods.slice, 'name', { value: 'slice' });
Object.defineProperty(methods.toLocaleString, 'name', { value: 'toString' });

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

// The per-encoding methods (utf8Write, hexSlice...) Node's buffer.prototype carries.
function checkSliceArgs(buf, start, end) {
  start = start === undefined ? 0 : toIndex(start);
  end = end === undefined ? buf.length : toIndex(end);
  if (end < start) end = start;
  if (end > buf.length) throw indexOutOfRange();
  return [start, end];
}

// Node's native layer words these two errors itself.
const notAString = () => errorWithMessage('ERR_INVALID_ARG_TYPE', 'argument must be a string');
const indexOutOfRange = () => errorWithMessage('ERR_OUT_OF_RANGE', 'Index out of range');

function toIndex(value) {
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw indexOutOfRange();
  return n;
}

for (const [name, encoding] of [['utf8', 'utf8'], ['ucs2', 'utf16le'], ['latin1', 'latin1'],
                                 ['ascii', 'ascii'], ['hex', 'hex'], ['base64', 'base64'],
                                 ['base64url', 'base64url']]) {
  const ops = encodingOps[encoding];
  Object.defineProperty(proto, `${name}Slice`, {
    value: {
      [`${name}Slice`](start, end) {
        if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('this', ['Buffer', 'Uint8Array'], this);
        [start, end] = checkSliceArgs(this, start, end);
        return ops.slice(this, start, end);
      },
    }[`${name}Slice`],
    writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(proto, `${name}Write`, {
    value: {
      [`${name}Write`](string, offset, length) {
        if (typeof string !== 'string') throw notAString();
        offset = offset === undefined ? 0 : toIndex(offset);
        if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
        length = length === undefined ? this.length - offset : toIndex(length);
        length = Math.min(length, this.length - offset);
        if (string.length === 0 || length === 0) return 0;
        return ops.write(this, string, offset, length);
      },
    }[`${name}Write`],
    writable: true, configurable: true, enumerable: true,
  });
}

addNumberMethods(proto);

// --- module-level functions ------------------------------------------------------------------------------

function toBytes(input, name) {
  if (types.isTypedArray(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function checkAttached(input) {
  const buffer = ArrayBuffer.isView(input) ? input.buffer : input;
  if (buffer.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
}

function isUtf8(input) {
  const bytes = toBytes(input, 'input');
  checkAttached(input);
  return binding.isUtf8(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isAscii(input) {
  const bytes = toBytes(input, 'input');
  checkAttached(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// --- atob, btoa -------------------------------------------------------------------------------------------

function invalidCharacter(message = 'Invalid character') {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
  }
  return encodingOps.base64.slice(fromStringWith(input, encodingOps.latin1), 0, input.length);
}

// WHATWG forgiving-base64: ASCII whitespace is dropped, '=' only as one or two final characters.
const b64Alphabet = /^[A-Za-z0-9+/]$/;
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r') continue;
    if (c === '=') {
      equals++;
      count++;
      if (equals > 2) throw invalidCharacter();
    } else if (b64Alphabet.test(c)) {
      if (equals > 0) throw invalidCharacter();
      count++;
    } else {
      throw invalidCharacter();
    }
  }
  let remainder = count % 4;
  if (remainder === 0) remainder = (count - equals) % 4;
  else if (equals > 0) throw invalidCharacter();
  if (remainder === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  const bytes = fromString(input, 'base64');
  return encodingOps.latin1.slice(bytes, 0, bytes.length);
}

// --- transcode, SlowBuffer ---------------------------------------------------------------------------------

const transcodable = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  if (!transcodable.has(from) || !transcodable.has(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = encodingOps[from].slice(source, 0, source.length);
  // What the target cannot represent becomes '?', as ICU's converters do.
  if (to === 'latin1') text = text.replace(/[^\u0000-\u00ff]/gu, '?');
  else if (to === 'ascii') text = text.replace(/[^\u0000-\u007f]/gu, '?');
  return fromStringWith(text, encodingOps[to]);
}

let warnedSlowBuffer = false;
function SlowBuffer(size) {
  if (!warnedSlowBuffer) {
    warnedSlowBuffer = true;
    process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
      'DeprecationWarning', 'DEP0030');
  }
  return Buffer.allocUnsafeSlow(size);
}
Object.defineProperty(SlowBuffer, 'name', { value: 'deprecated' });

const { Blob, File, resolveObjectURL } = require('internal/blob');

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true, enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
