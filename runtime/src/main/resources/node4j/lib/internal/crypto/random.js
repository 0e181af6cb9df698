'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues.

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = require('internal/errors').codes;
const { validateBoolean, validateFunction, validateNumber, validateObject } = require('internal/validators');
const { binding, toBuffer, isView, isAnyArrayBuffer } = require('internal/crypto/util');

const kMaxLength = 2 ** 31 - 1;
const kMaxPossibleLength = 2 ** 31 - 1;

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return toBuffer(binding.randomBytes(size));
  binding.randomBytesJob(size, (err, bytes) => {
    if (err !== null) callback(new Error(err));
    else callback(null, toBuffer(bytes));
  });
}

// Copies random bytes the binding could not write in place into `buf` at [offset, offset + size).
function fillView(buf, offset, size, bytes) {
  const target = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  target.set(new Uint8Array(new ArrayBuffer(bytes)), offset);
}

// The ArrayBuffer under `buf` and where `offset` (in buf's bytes) falls in it.
function memoryOf(buf, offset) {
  return isAnyArrayBuffer(buf) ? [buf, offset] : [buf.buffer, buf.byteOffset + offset];
}

function fillArgs(buf, offset, size) {
  if (!isAnyArrayBuffer(buf) && !isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  return { offset, size };
}

function randomFillSync(buf, offset = 0, size) {
  const a = fillArgs(buf, offset, size);
  if (a.size > 0) {
    const [memory, at] = memoryOf(buf, a.offset);
    const bytes = binding.randomFill(memory, at, a.size);
    if (bytes !== null) fillView(buf, a.offset, a.size, bytes);
  }
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const a = fillArgs(buf, offset, size);
  const [memory, at] = memoryOf(buf, a.offset);
  binding.randomFillJob(memory, at, a.size, (err, bytes) => {
    if (err !== null) return callback(new Error(err));
    if (bytes !== null && a.size > 0) fillView(buf, a.offset, a.size, bytes);
    callback(null, buf);
  });
}

const RAND_MAX = 0xFFFFFFFFFFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  const n = min + binding.randomInt(range);
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = new Uint8Array(new ArrayBuffer(binding.randomBytes(16)));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = binding.encode(b, 'hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits around the
// version and variant.
function randomUUIDv7(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = new Uint8Array(new ArrayBuffer(binding.randomBytes(16)));
  const now = Date.now();
  const high = Math.floor(now / 2 ** 16);
  b[0] = high >>> 24; b[1] = high >>> 16; b[2] = high >>> 8; b[3] = high;
  b[4] = now >>> 8; b[5] = now;
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = binding.encode(b, 'hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// A DOMException-like error until the DOMException global exists.
function domError(message, name, code) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: name, configurable: true, writable: true });
  err.code = code;
  return err;
}

const integerTypes = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
                      'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function getRandomValues(data) {
  const tag = isView(data) ? Object.prototype.toString.call(data).slice(8, -1) : '';
  if (!integerTypes.includes(tag)) {
    throw domError('The data argument must be an integer-type TypedArray', 'TypeMismatchError', 17);
  }
  if (data.byteLength > 65536) {
    throw domError('The requested length exceeds 65,536 bytes', 'QuotaExceededError', 22);
  }
  randomFillSync(data, 0);
  return data;
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, getRandomValues, domError,
};
