'use strict';
// v8.Serializer and v8.Deserializer: V8's structured-clone wire format (the version Node 24 writes,
// 15), written and read in JavaScript because GraalJS has no ValueSerializer of its own. The byte
// layout was worked out from Node's documentation and by observing what the pinned Node writes; the
// tag table below is the whole vocabulary. lib/v8.js adds DefaultSerializer/DefaultDeserializer
// (typed arrays as host objects) and serialize()/deserialize().
//
// Where V8 chooses a layout from the engine's internal representation, the choice is made from the
// value instead (docs/compat.md): a string is one-byte when every code unit is <= 0xFF; an array is
// dense when it has no holes, and its numbers are all written as doubles when one of them is not a
// small integer (V8's double-elements arrays); a number is an int32 ('I') when it is an integer in
// int32 range other than -0.

const { className } = require('internal/engine');
const { errorWithMessage } = require('internal/errors');
const { FastBuffer } = require('internal/buffer/core');
// Gives FastBuffer its Buffer prototype, so released and read bytes are Buffers.
require('buffer');

const kLatestVersion = 15;
const kOldestVersion = 13;

const Tag = {
  version: 0xFF, padding: 0x00, verifyObjectCount: 0x3F, // '?'
  theHole: 0x2D, undefined: 0x5F, null: 0x30, true: 0x54, false: 0x46,
  int32: 0x49, uint32: 0x55, double: 0x4E, bigint: 0x5A,
  utf8String: 0x53, oneByteString: 0x22, twoByteString: 0x63,
  objectReference: 0x5E, beginObject: 0x6F, endObject: 0x7B,
  beginSparseArray: 0x61, endSparseArray: 0x40, beginDenseArray: 0x41, endDenseArray: 0x24,
  date: 0x44, trueObject: 0x79, falseObject: 0x78, numberObject: 0x6E, bigintObject: 0x7A,
  stringObject: 0x73, regExp: 0x52, beginMap: 0x3B, endMap: 0x3A, beginSet: 0x27, endSet: 0x2C,
  arrayBuffer: 0x42, resizableArrayBuffer: 0x7E, arrayBufferTransfer: 0x74, arrayBufferView: 0x56,
  sharedArrayBuffer: 0x75, hostObject: 0x5C, error: 0x72,
};

// Inside an error record.
const ErrorTag = {
  evalError: 0x45, rangeError: 0x52, referenceError: 0x46, syntaxError: 0x53, typeError: 0x54,
  uriError: 0x55, message: 0x6D, cause: 0x63, stack: 0x73, end: 0x2E,
};
const errorPrototypeTags = new Map([
  ['EvalError', ErrorTag.evalError], ['RangeError', ErrorTag.rangeError],
  ['ReferenceError', ErrorTag.referenceError], ['SyntaxError', ErrorTag.syntaxError],
  ['TypeError', ErrorTag.typeError], ['URIError', ErrorTag.uriError],
]);
const errorConstructors = new Map([
  [ErrorTag.evalError, EvalError], [ErrorTag.rangeError, RangeError],
  [ErrorTag.referenceError, ReferenceError], [ErrorTag.syntaxError, SyntaxError],
  [ErrorTag.typeError, TypeError], [ErrorTag.uriError, URIError],
]);

// The view kinds of a non-host ArrayBufferView record, by constructor name.
const viewSubtags = new Map([
  ['Int8Array', 0x62], ['Uint8Array', 0x42], ['Uint8ClampedArray', 0x43], ['Int16Array', 0x77],
  ['Uint16Array', 0x57], ['Int32Array', 0x64], ['Uint32Array', 0x44], ['Float16Array', 0x68],
  ['Float32Array', 0x66], ['Float64Array', 0x46], ['BigInt64Array', 0x71], ['BigUint64Array', 0x51],
  ['DataView', 0x3F],
]);
const viewConstructors = new Map();
for (const [name, subtag] of viewSubtags) {
  if (typeof globalThis[name] === 'function') viewConstructors.set(subtag, globalThis[name]);
}
const kViewLengthTracking = 1;
const kViewBackedByResizable = 2;

// RegExp flag bits, in V8's order.
const regExpFlagBits = [['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['l', 64],
                        ['d', 128], ['v', 256]];

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const byteLengthOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const detachedOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const resizableOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable').get;

function isView(value) {
  return ArrayBuffer.isView(value);
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function isSmallInteger(n) {
  return (n | 0) === n && !Object.is(n, -0);
}

// What V8 names a value in "... could not be cloned.": a function's source, a symbol's description,
// "#<Constructor>" for other objects.
function describeForCloneError(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  let name = 'Object';
  if (className(value) !== 'Proxy' && !require('internal/util/types').isProxy(value)) {
    const ctor = value.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') name = ctor.name;
  }
  return `#<${name}>`;
}

// Node's wording when its own C++ layer refuses an object: "[object Type] could not be cloned."
function describeForDelegate(value) {
  return Object.prototype.toString.call(value);
}

// A byte sink that grows by doubling.
class ByteWriter {
  constructor() {
    this.bytes = new Uint8Array(64);
    this.length = 0;
    this.view = new DataView(this.bytes.buffer);
  }

  reserve(n) {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  byte(b) {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  // An unsigned LEB128 number; `n` is a non-negative integer up to 2^53, or a bigint.
  varint(n) {
    if (typeof n === 'bigint') {
      do {
        let b = Number(n & 0x7Fn);
        n >>= 7n;
        if (n !== 0n) b |= 0x80;
        this.byte(b);
      } while (n !== 0n);
      return;
    }
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n !== 0) b |= 0x80;
      this.byte(b);
    } while (n !== 0);
  }

  zigzag(n) {
    this.varint(((n << 1) ^ (n >> 31)) >>> 0);
  }

  double(d) {
    this.reserve(8);
    this.view.setFloat64(this.length, d, true);
    this.length += 8;
  }

  raw(source) {
    this.reserve(source.length);
    this.bytes.set(source, this.length);
    this.length += source.length;
  }
}

function varintSize(n) {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function validateView(value, name) {
  if (!isView(value)) {
    throw errorWithMessage('ERR_INVALID_ARG_TYPE', `${name} must be a TypedArray or a DataView`);
  }
}

function toUint32(value) {
  return Number(value) >>> 0;
}

class SerializerState {
  #out = new ByteWriter();
  #ids = new Map();
  #nextId = 0;
  #transfers = new Map();
  #viewsAsHostObjects = false;

  writeHeader() {
    this.#out.byte(Tag.version);
    this.#out.varint(kLatestVersion);
  }

  writeValue(value) {
    this.#write(value);
    return true;
  }

  releaseBuffer() {
    const out = this.#out;
    const result = new FastBuffer(out.length);
    result.set(out.bytes.subarray(0, out.length));
    this.#out = new ByteWriter();
    return result;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (className(arrayBuffer) !== 'ArrayBuffer' && className(arrayBuffer) !== 'SharedArrayBuffer') {
      throw errorWithMessage('ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer');
    }
    this.#transfers.set(arrayBuffer, toUint32(id));
  }

  writeUint32(value) {
    this.#out.varint(toUint32(value));
  }

  writeUint64(hi, lo) {
    this.#out.varint((BigInt(toUint32(hi)) << 32n) | BigInt(toUint32(lo)));
  }

  writeDouble(value) {
    this.#out.double(Number(value));
  }

  writeRawBytes(source) {
    validateView(source, 'source');
    this.#out.raw(bytesOf(source));
  }

  _setTreatArrayBufferViewsAsHostObjects(value) {
    this.#viewsAsHostObjects = Boolean(value);
  }

  #fail(message) {
    throw this._getDataCloneError(message);
  }

  #write(value) {
    const out = this.#out;
    switch (typeof value) {
      case 'undefined': out.byte(Tag.undefined); return;
      case 'boolean': out.byte(value ? Tag.true : Tag.false); return;
      case 'number': this.#writeNumber(value); return;
      case 'bigint': out.byte(Tag.bigint); this.#writeBigIntContents(value); return;
      case 'string': this.#writeString(value); return;
      case 'symbol': this.#fail(`${describeForCloneError(value)} could not be cloned.`); return;
      case 'function': this.#fail(`${describeForCloneError(value)} could not be cloned.`); return;
      default:
        if (value === null) {
          out.byte(Tag.null);
          return;
        }
        this.#writeObject(value);
    }
  }

  #writeNumber(n) {
    if (isSmallInteger(n)) {
      this.#out.byte(Tag.int32);
      this.#out.zigzag(n);
    } else {
      this.#out.byte(Tag.double);
      this.#out.double(n);
    }
  }

  // A bigint's sign bit and byte count, then its magnitude in little-endian 64-bit digits.
  #writeBigIntContents(n) {
    const negative = n < 0n;
    let magnitude = negative ? -n : n;
    const bytes = [];
    while (magnitude > 0n) {
      for (let i = 0; i < 8; i++) {
        bytes.push(Number(magnitude & 0xFFn));
        magnitude >>= 8n;
      }
    }
    this.#out.varint(BigInt(bytes.length) * 2n + (negative ? 1n : 0n));
    this.#out.raw(bytes);
  }

  #writeString(s) {
    const out = this.#out;
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      out.byte(Tag.oneByteString);
      out.varint(s.length);
      out.reserve(s.length);
      for (let i = 0; i < s.length; i++) out.bytes[out.length++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    // A reader may map the characters in place, so they start at an even offset.
    if ((out.length + 1 + varintSize(byteLength)) % 2 === 1) out.byte(Tag.padding);
    out.byte(Tag.twoByteString);
    out.varint(byteLength);
    out.reserve(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out.bytes[out.length++] = c & 0xFF;
      out.bytes[out.length++] = c >> 8;
    }
  }

  #writeObject(value) {
    const seen = this.#ids.get(value);
    if (seen !== undefined) {
      this.#out.byte(Tag.objectReference);
      this.#out.varint(seen);
      return;
    }
    const kind = className(value);
    // A view's buffer goes first, as its own record, unless views are host objects.
    if (isView(value) && !this.#viewsAsHostObjects) this.#writeObject(value.buffer);
    this.#ids.set(value, this.#nextId++);
    if (isView(value)) {
      if (this.#viewsAsHostObjects) this.#writeHostObject(value);
      else this.#writeView(value);
      return;
    }
    switch (kind) {
      case 'Array': this.#writeArray(value); return;
      case 'Date': this.#out.byte(Tag.date); this.#out.double(Date.prototype.getTime.call(value)); return;
      case 'RegExp': this.#writeRegExp(value); return;
      case 'Map': this.#writeMap(value); return;
      case 'Set': this.#writeSet(value); return;
      case 'ArrayBuffer': this.#writeArrayBuffer(value); return;
      case 'SharedArrayBuffer': this.#writeSharedArrayBuffer(value); return;
      case 'Error': this.#writeError(value); return;
      case 'Number':
        this.#out.byte(Tag.numberObject);
        this.#out.double(Number.prototype.valueOf.call(value));
        return;
      case 'String':
        this.#out.byte(Tag.stringObject);
        this.#writeString(String.prototype.valueOf.call(value));
        return;
      case 'Boolean':
        this.#out.byte(Boolean.prototype.valueOf.call(value) ? Tag.trueObject : Tag.falseObject);
        return;
      case 'BigInt':
        this.#out.byte(Tag.bigintObject);
        this.#writeBigIntContents(BigInt.prototype.valueOf.call(value));
        return;
      case 'Symbol':
        this.#fail(`${describeForDelegate(value)} could not be cloned.`);
        return;
      case 'Object':
      case 'Arguments':
        if (!require('internal/util/types').isProxy(value)) {
          this.#writePlainObject(value);
          return;
        }
        break;
      default:
        break;
    }
    this.#fail(`${describeForCloneError(value)} could not be cloned.`);
  }

  #writeHostObject(value) {
    this.#out.byte(Tag.hostObject);
    if (typeof this._writeHostObject !== 'function') {
      this.#fail(`${describeForDelegate(value)} could not be cloned.`);
    }
    this._writeHostObject(value);
  }

  #writeView(view) {
    const name = className(view) === 'DataView' ? 'DataView' : typedArrayTag.call(view);
    const buffer = view.buffer;
    let flags = 0;
    const resizable = className(buffer) === 'ArrayBuffer' ? resizableOf.call(buffer) : buffer.growable;
    if (resizable) flags |= kViewBackedByResizable;
    if (resizable && typeof buffer.resize === 'function' && isLengthTracking(view)) flags |= kViewLengthTracking;
    this.#out.byte(Tag.arrayBufferView);
    this.#out.byte(viewSubtags.get(name));
    this.#out.varint(view.byteOffset);
    this.#out.varint(flags & kViewLengthTracking ? 0 : view.byteLength);
    this.#out.varint(flags);
  }

  #writeArray(array) {
    const out = this.#out;
    const length = array.length;
    let dense = true;
    let doubles = length > 0;
    for (let i = 0; i < length; i++) {
      if (!Object.prototype.hasOwnProperty.call(array, i)) {
        dense = false;
        break;
      }
      const element = array[i];
      if (typeof element !== 'number') doubles = false;
    }
    if (!dense) {
      out.byte(Tag.beginSparseArray);
      out.varint(length);
      const written = this.#writeProperties(array, Object.keys(array));
      out.byte(Tag.endSparseArray);
      out.varint(written);
      out.varint(length);
      return;
    }
    if (doubles) doubles = !array.every(isSmallInteger);
    out.byte(Tag.beginDenseArray);
    out.varint(length);
    for (let i = 0; i < length; i++) {
      if (doubles) {
        out.byte(Tag.double);
        out.double(array[i]);
      } else if (Object.prototype.hasOwnProperty.call(array, i)) {
        this.#write(array[i]);
      } else {
        out.byte(Tag.theHole);
      }
    }
    const named = Object.keys(array).filter((key) => !isIndexBelow(key, length));
    const written = this.#writeProperties(array, named);
    out.byte(Tag.endDenseArray);
    out.varint(written);
    out.varint(length);
  }

  #writePlainObject(object) {
    this.#out.byte(Tag.beginObject);
    const written = this.#writeProperties(object, Object.keys(object));
    this.#out.byte(Tag.endObject);
    this.#out.varint(written);
  }

  // Each key that is still an own property when its turn comes, and its value; returns how many.
  #writeProperties(object, keys) {
    let written = 0;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
      const value = object[key];
      const index = arrayIndex(key);
      if (index === -1) this.#writeString(key);
      else this.#writeNumber(index);
      this.#write(value);
      written++;
    }
    return written;
  }

  #writeRegExp(re) {
    let flags = 0;
    const text = RegExp.prototype.toString.call(re);
    const given = text.slice(text.lastIndexOf('/') + 1);
    for (const [letter, bit] of regExpFlagBits) {
      if (given.includes(letter)) flags |= bit;
    }
    this.#out.byte(Tag.regExp);
    this.#writeString(re.source);
    this.#out.varint(flags);
  }

  #writeMap(map) {
    const entries = [...Map.prototype.entries.call(map)];
    this.#out.byte(Tag.beginMap);
    for (const [key, value] of entries) {
      this.#write(key);
      this.#write(value);
    }
    this.#out.byte(Tag.endMap);
    this.#out.varint(entries.length * 2);
  }

  #writeSet(set) {
    const values = [...Set.prototype.values.call(set)];
    this.#out.byte(Tag.beginSet);
    for (const value of values) this.#write(value);
    this.#out.byte(Tag.endSet);
    this.#out.varint(values.length);
  }

  #writeArrayBuffer(buffer) {
    const transferId = this.#transfers.get(buffer);
    if (transferId !== undefined) {
      this.#out.byte(Tag.arrayBufferTransfer);
      this.#out.varint(transferId);
      return;
    }
    if (detachedOf !== undefined && detachedOf.call(buffer)) {
      this.#fail('An ArrayBuffer is detached and could not be cloned.');
    }
    const byteLength = byteLengthOf.call(buffer);
    if (resizableOf.call(buffer)) {
      this.#out.byte(Tag.resizableArrayBuffer);
      this.#out.varint(byteLength);
      this.#out.varint(buffer.maxByteLength);
    } else {
      this.#out.byte(Tag.arrayBuffer);
      this.#out.varint(byteLength);
    }
    this.#out.raw(new Uint8Array(buffer));
  }

  #writeSharedArrayBuffer(buffer) {
    if (typeof this._getSharedArrayBufferId !== 'function') {
      this.#fail(`${describeForCloneError(buffer)} could not be cloned.`);
    }
    const id = this._getSharedArrayBufferId(buffer);
    this.#out.byte(Tag.sharedArrayBuffer);
    this.#out.varint(toUint32(id));
  }

  // The prototype (from the error's name), then its own message, its stack if a string, its own cause.
  #writeError(error) {
    const out = this.#out;
    out.byte(Tag.error);
    const prototypeTag = errorPrototypeTags.get(dataProperty(error, 'name'));
    if (prototypeTag !== undefined) out.byte(prototypeTag);
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message !== undefined && 'value' in message) {
      out.byte(ErrorTag.message);
      this.#writeString(String(message.value));
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      out.byte(ErrorTag.stack);
      this.#writeString(stack);
    }
    const cause = Object.getOwnPropertyDescriptor(error, 'cause');
    if (cause !== undefined && 'value' in cause) {
      out.byte(ErrorTag.cause);
      this.#write(cause.value);
    }
    out.byte(ErrorTag.end);
  }
}

// A data property's value found along the prototype chain, without calling getters.
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

// Whether a view on a resizable buffer follows the buffer's length. GraalJS keeps that flag to itself,
// so the buffer is resized by one byte and back (its contents kept) to see whether the view follows.
function isLengthTracking(view) {
  const buffer = view.buffer;
  const unit = view.BYTES_PER_ELEMENT ?? 1;
  const before = view.byteLength;
  const length = buffer.byteLength;
  if (length - view.byteOffset !== before) return false;
  if (length + unit <= buffer.maxByteLength) {
    buffer.resize(length + unit);
    const follows = view.byteLength !== before;
    buffer.resize(length);
    return follows;
  }
  if (before < unit) return false;
  const tail = new Uint8Array(buffer, length - unit, unit).slice();
  buffer.resize(length - unit);
  const follows = view.byteLength === before - unit;
  buffer.resize(length);
  new Uint8Array(buffer, length - unit, unit).set(tail);
  return follows;
}

// The array index a property key stands for, or -1.
function arrayIndex(key) {
  if (key.length === 0 || key.length > 10) return -1;
  const n = Number(key);
  if (!Number.isInteger(n) || n < 0 || n > 4294967294 || String(n) !== key) return -1;
  return n;
}

function isIndexBelow(key, length) {
  const index = arrayIndex(key);
  return index !== -1 && index < length;
}

// --------------------------------------------------------------------------------- reading

class CloneDataError extends Error {}

function unreadable() {
  return new CloneDataError('Unable to deserialize cloned data.');
}

class DeserializerState {
  #bytes;
  #view;
  #position = 0;
  #version = 0;
  #objects = new Map();
  #nextId = 0;
  #transfers = new Map();

  constructor(buffer) {
    validateView(buffer, 'buffer');
    this.#bytes = bytesOf(buffer);
    this.#view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    Object.defineProperty(this, 'buffer', { value: buffer, enumerable: true, writable: true, configurable: true });
  }

  readHeader() {
    const bytes = this.#bytes;
    let version = 0;
    if (this.#position < bytes.length && bytes[this.#position] === Tag.version) {
      this.#position++;
      version = this.#tryVarint();
    }
    if (version === undefined || version < kOldestVersion || version > kLatestVersion) {
      throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    this.#version = version;
    return true;
  }

  readValue() {
    try {
      return this.#read();
    } catch (e) {
      if (e instanceof CloneDataError) throw new Error(e.message);
      throw e;
    }
  }

  getWireFormatVersion() {
    return this.#version;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (className(arrayBuffer) !== 'ArrayBuffer' && className(arrayBuffer) !== 'SharedArrayBuffer') {
      throw errorWithMessage('ERR_INVALID_ARG_TYPE', 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this.#transfers.set(toUint32(id), arrayBuffer);
  }

  readUint32() {
    const n = this.#tryVarint();
    if (n === undefined || n > 0xFFFFFFFF) throw new Error('ReadUint32() failed');
    return n;
  }

  readUint64() {
    const n = this.#tryBigVarint();
    if (n === undefined || n > 0xFFFFFFFFFFFFFFFFn) throw new Error('ReadUint64() failed');
    return [Number(n >> 32n), Number(n & 0xFFFFFFFFn)];
  }

  readDouble() {
    if (this.#position + 8 > this.#bytes.length) throw new Error('ReadDouble() failed');
    const d = this.#view.getFloat64(this.#position, true);
    this.#position += 8;
    return d;
  }

  _readRawBytes(length) {
    const n = Number(length);
    if (!(n >= 0) || this.#position + n > this.#bytes.length) throw new Error('ReadRawBytes() failed');
    const offset = this.#position;
    this.#position += n;
    return offset;
  }

  // ------------------------------------------------------------------ primitives of the stream

  #tryVarint() {
    let result = 0;
    let scale = 1;
    while (this.#position < this.#bytes.length) {
      const b = this.#bytes[this.#position++];
      result += (b & 0x7F) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) return result;
    }
    return undefined;
  }

  #tryBigVarint() {
    let result = 0n;
    let shift = 0n;
    while (this.#position < this.#bytes.length) {
      const b = this.#bytes[this.#position++];
      result |= BigInt(b & 0x7F) << shift;
      shift += 7n;
      if ((b & 0x80) === 0) return result;
    }
    return undefined;
  }

  #varint() {
    const n = this.#tryVarint();
    if (n === undefined) throw unreadable();
    return n;
  }

  #zigzag() {
    const n = this.#varint();
    if (n > 0xFFFFFFFF) throw unreadable();
    return ((n >>> 1) ^ -(n & 1)) | 0;
  }

  #double() {
    if (this.#position + 8 > this.#bytes.length) throw unreadable();
    const d = this.#view.getFloat64(this.#position, true);
    this.#position += 8;
    return d;
  }

  #take(n) {
    if (n > this.#bytes.length - this.#position) throw unreadable();
    const start = this.#position;
    this.#position += n;
    return this.#bytes.subarray(start, start + n);
  }

  // The next tag, skipping padding.
  #tag() {
    for (;;) {
      if (this.#position >= this.#bytes.length) throw unreadable();
      const tag = this.#bytes[this.#position++];
      if (tag !== Tag.padding) return tag;
    }
  }

  #peekTag() {
    let p = this.#position;
    while (p < this.#bytes.length && this.#bytes[p] === Tag.padding) p++;
    return p < this.#bytes.length ? this.#bytes[p] : undefined;
  }

  #consume(tag) {
    if (this.#tag() !== tag) throw unreadable();
  }

  #remember(object) {
    this.#objects.set(this.#nextId++, object);
    return object;
  }

  // ------------------------------------------------------------------ values

  #read() {
    let value = this.#readRecord(this.#tag());
    // A view record follows the buffer it looks into (or a reference to it).
    if (className(value) === 'ArrayBuffer' && this.#peekTag() === Tag.arrayBufferView) {
      this.#tag();
      value = this.#readView(value);
    }
    return value;
  }

  #readRecord(tag) {
    switch (tag) {
      case Tag.verifyObjectCount: this.#varint(); return this.#read();
      case Tag.undefined: return undefined;
      case Tag.null: return null;
      case Tag.true: return true;
      case Tag.false: return false;
      case Tag.int32: return this.#zigzag();
      case Tag.uint32: return this.#varint();
      case Tag.double: return this.#double();
      case Tag.bigint: return this.#readBigIntContents();
      case Tag.utf8String: return this.#readUtf8();
      case Tag.oneByteString: return this.#readOneByte();
      case Tag.twoByteString: return this.#readTwoByte();
      case Tag.objectReference: {
        const id = this.#varint();
        if (!this.#objects.has(id)) throw unreadable();
        return this.#objects.get(id);
      }
      case Tag.beginObject: return this.#readObject();
      case Tag.beginSparseArray: return this.#readSparseArray();
      case Tag.beginDenseArray: return this.#readDenseArray();
      case Tag.date: return this.#remember(new Date(this.#double()));
      case Tag.trueObject: return this.#remember(Object(true));
      case Tag.falseObject: return this.#remember(Object(false));
      case Tag.numberObject: return this.#remember(Object(this.#double()));
      case Tag.bigintObject: return this.#remember(Object(this.#readBigIntContents()));
      case Tag.stringObject: return this.#remember(Object(this.#readString()));
      case Tag.regExp: return this.#readRegExp();
      case Tag.beginMap: return this.#readMap();
      case Tag.beginSet: return this.#readSet();
      case Tag.arrayBuffer: {
        const length = this.#varint();
        const copy = new ArrayBuffer(length);
        new Uint8Array(copy).set(this.#take(length));
        return this.#remember(copy);
      }
      case Tag.resizableArrayBuffer: {
        const length = this.#varint();
        const max = this.#varint();
        if (length > max) throw unreadable();
        const copy = new ArrayBuffer(length, { maxByteLength: max });
        new Uint8Array(copy).set(this.#take(length));
        return this.#remember(copy);
      }
      case Tag.arrayBufferTransfer: {
        const buffer = this.#transfers.get(this.#varint());
        if (buffer === undefined) throw unreadable();
        return this.#remember(buffer);
      }
      case Tag.sharedArrayBuffer: {
        const buffer = this.#transfers.get(this.#varint());
        if (className(buffer) !== 'SharedArrayBuffer') throw unreadable();
        return this.#remember(buffer);
      }
      case Tag.hostObject: return this.#readHostObject();
      case Tag.error: return this.#readError();
      default: throw unreadable();
    }
  }

  #readString() {
    const tag = this.#tag();
    switch (tag) {
      case Tag.utf8String: return this.#readUtf8();
      case Tag.oneByteString: return this.#readOneByte();
      case Tag.twoByteString: return this.#readTwoByte();
      default: throw unreadable();
    }
  }

  #readOneByte() {
    const bytes = this.#take(this.#varint());
    let s = '';
    for (let i = 0; i < bytes.length; i += 4096) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
    }
    return s;
  }

  #readTwoByte() {
    const length = this.#varint();
    if (length % 2 !== 0) throw unreadable();
    const bytes = this.#take(length);
    let s = '';
    const units = [];
    for (let i = 0; i < bytes.length; i += 2) {
      units.push(bytes[i] | (bytes[i + 1] << 8));
      if (units.length === 4096) {
        s += String.fromCharCode.apply(null, units);
        units.length = 0;
      }
    }
    return s + String.fromCharCode.apply(null, units);
  }

  #readUtf8() {
    return new TextDecoder().decode(this.#take(this.#varint()));
  }

  #readBigIntContents() {
    const bitfield = this.#varint();
    const byteLength = Math.floor(bitfield / 2);
    const bytes = this.#take(byteLength);
    let n = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
    return bitfield % 2 === 1 ? -n : n;
  }

  // Key/value pairs up to `endTag`; returns how many.
  #readProperties(object, endTag) {
    let count = 0;
    for (;;) {
      if (this.#peekTag() === endTag) {
        this.#tag();
        return count;
      }
      const key = this.#read();
      if (typeof key !== 'string' && typeof key !== 'number') throw unreadable();
      const value = this.#read();
      Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
      count++;
    }
  }

  #readObject() {
    const object = this.#remember({});
    const count = this.#readProperties(object, Tag.endObject);
    if (this.#varint() !== count) throw unreadable();
    return object;
  }

  #readSparseArray() {
    const length = this.#varint();
    const array = this.#remember([]);
    array.length = length;
    const count = this.#readProperties(array, Tag.endSparseArray);
    if (this.#varint() !== count || this.#varint() !== length) throw unreadable();
    return array;
  }

  #readDenseArray() {
    const length = this.#varint();
    if (length > this.#bytes.length - this.#position) throw unreadable();
    const array = this.#remember(new Array(length));
    for (let i = 0; i < length; i++) {
      if (this.#peekTag() === Tag.theHole) {
        this.#tag();
        continue;
      }
      array[i] = this.#read();
    }
    const count = this.#readProperties(array, Tag.endDenseArray);
    if (this.#varint() !== count || this.#varint() !== length) throw unreadable();
    return array;
  }

  #readRegExp() {
    const id = this.#nextId++;
    const source = this.#readString();
    const bits = this.#varint();
    let flags = '';
    for (const [letter, bit] of regExpFlagBits) {
      if (bits & bit) flags += letter;
    }
    let re;
    try {
      re = new RegExp(source, flags);
    } catch {
      throw unreadable();
    }
    this.#objects.set(id, re);
    return re;
  }

  #readMap() {
    const map = this.#remember(new Map());
    let count = 0;
    while (this.#peekTag() !== Tag.endMap) {
      const key = this.#read();
      const value = this.#read();
      map.set(key, value);
      count += 2;
    }
    this.#tag();
    if (this.#varint() !== count) throw unreadable();
    return map;
  }

  #readSet() {
    const set = this.#remember(new Set());
    let count = 0;
    while (this.#peekTag() !== Tag.endSet) {
      set.add(this.#read());
      count++;
    }
    this.#tag();
    if (this.#varint() !== count) throw unreadable();
    return set;
  }

  #readView(buffer) {
    const subtag = this.#bytes[this.#position++];
    const byteOffset = this.#varint();
    const byteLength = this.#varint();
    const flags = this.#version >= 14 ? this.#varint() : 0;
    const Ctor = viewConstructors.get(subtag);
    const bufferLength = byteLengthOf.call(buffer);
    if (Ctor === undefined || byteOffset > bufferLength || byteLength > bufferLength - byteOffset) {
      throw unreadable();
    }
    const unit = Ctor.BYTES_PER_ELEMENT ?? 1;
    if (byteOffset % unit !== 0 || byteLength % unit !== 0) throw unreadable();
    const tracking = (flags & kViewLengthTracking) !== 0;
    const view = tracking ? new Ctor(buffer, byteOffset) : new Ctor(buffer, byteOffset, byteLength / unit);
    return this.#remember(view);
  }

  #readHostObject() {
    const id = this.#nextId++;
    if (typeof this._readHostObject !== 'function') throw unreadable();
    const object = this._readHostObject();
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new TypeError('readHostObject must return an object');
    }
    this.#objects.set(id, object);
    return object;
  }

  #readError() {
    const id = this.#nextId++;
    let Ctor = Error;
    let message;
    let stack;
    let hasCause = false;
    let cause;
    for (;;) {
      const tag = this.#tag();
      if (tag === ErrorTag.end) break;
      if (errorConstructors.has(tag)) {
        Ctor = errorConstructors.get(tag);
      } else if (tag === ErrorTag.message) {
        message = this.#readString();
      } else if (tag === ErrorTag.stack) {
        stack = this.#readString();
      } else if (tag === ErrorTag.cause) {
        hasCause = true;
        cause = this.#read();
      } else {
        throw unreadable();
      }
    }
    const error = message === undefined ? new Ctor() : new Ctor(message);
    Object.defineProperty(error, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    if (hasCause) {
      Object.defineProperty(error, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
    }
    this.#objects.set(id, error);
    return error;
  }
}

// The public constructors. They are functions rather than the classes above so that calling one
// without `new` gets Node's ERR_CONSTRUCT_CALL_REQUIRED; the instance (with its private state) is
// built by the class, under the prototype of whatever class `new` named, so subclasses work.
function Serializer() {
  if (new.target === undefined) {
    throw errorWithMessage('ERR_CONSTRUCT_CALL_REQUIRED',
                           "Class constructor Serializer cannot be invoked without 'new'");
  }
  return Reflect.construct(SerializerState, [], new.target);
}

function Deserializer(buffer) {
  if (new.target === undefined) {
    throw errorWithMessage('ERR_CONSTRUCT_CALL_REQUIRED',
                           "Class constructor Deserializer cannot be invoked without 'new'");
  }
  return Reflect.construct(DeserializerState, [buffer], new.target);
}

// Node's prototypes list the native methods, then constructor, then what its JS adds.
function adoptPrototype(Public, State, extras) {
  Public.prototype = State.prototype;
  delete State.prototype.constructor;
  Object.defineProperty(State.prototype, 'constructor',
                        { value: Public, writable: true, enumerable: false, configurable: true });
  for (const [name, value] of Object.entries(extras)) {
    Object.defineProperty(State.prototype, name, { value, writable: true, enumerable: false, configurable: true });
  }
}

adoptPrototype(Serializer, SerializerState, { _getDataCloneError: Error });
adoptPrototype(Deserializer, DeserializerState, {
  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  },
});

module.exports = { Serializer, Deserializer };
