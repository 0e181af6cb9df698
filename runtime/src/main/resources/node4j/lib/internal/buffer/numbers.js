'use strict';
// Buffer.prototype's read*/write* methods for integers (8 to 48 bits), floats, doubles and 64-bit
// BigInts, little- and big-endian, with Node's argument errors.

const {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateNumber } = require('internal/validators');

// Throws the error Node gives for an offset (or byteLength) that did not land inside the buffer;
// `last` is the largest valid value.
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) {
    validateNumber(value, name ?? 'offset');
    throw new ERR_OUT_OF_RANGE(name ?? 'offset', 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name ?? 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    let range;
    if (size > 4) {
      const n = typeof min === 'bigint' ? 'n' : '';
      const bits = size * 8;
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min} and <= ${max}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
}

// --- integers of 1 to 6 bytes ---------------------------------------------------------------------------

function readUnsigned(buf, offset, size, littleEndian) {
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size);
  let value = 0;
  if (littleEndian) {
    for (let i = size - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
  }
  return value;
}

function readSigned(buf, offset, size, littleEndian) {
  const value = readUnsigned(buf, offset, size, littleEndian);
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

// 1-byte writes check the offset before the value, wider ones the value first, as Node does.
function writeInteger(buf, value, offset, size, littleEndian, min, max) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (size === 1) {
    validateNumber(offset, 'offset');
    checkValue(value, min, max, size);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkValue(value, min, max, size);
    checkBounds(buf, offset, size);
  }
  // Two's complement of negatives, then bytes from the low end (exact up to 2 ** 53).
  let v = value < 0 ? 2 ** (size * 8) + Math.trunc(value) : Math.trunc(value);
  if (Number.isNaN(v)) v = 0;
  for (let i = 0; i < size; i++) {
    const byte = v % 256;
    v = (v - byte) / 256;
    buf[littleEndian ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) return boundsError(byteLength, 6, 'byteLength');
  if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// --- floats ------------------------------------------------------------------------------------------------

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const bytes32 = new Uint8Array(float32.buffer);
const bytes64 = new Uint8Array(float64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, scratch, scratchBytes, littleEndian) {
  if (offset === undefined) offset = 0;
  const size = scratchBytes.length;
  checkBounds(buf, offset, size);
  const same = littleEndian === hostLittleEndian;
  for (let i = 0; i < size; i++) scratchBytes[same ? i : size - 1 - i] = buf[offset + i];
  return scratch[0];
}

function writeFloat(buf, value, offset, scratch, scratchBytes, littleEndian) {
  value = +value;
  if (offset === undefined) offset = 0;
  const size = scratchBytes.length;
  checkBounds(buf, offset, size);
  scratch[0] = value;
  const same = littleEndian === hostLittleEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = scratchBytes[same ? i : size - 1 - i];
  return offset + size;
}

// --- BigInt ----------------------------------------------------------------------------------------------

function readBig(buf, offset, signed, littleEndian) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  let value = 0n;
  for (let i = 0; i < 8; i++) {
    value = (value << 8n) | BigInt(buf[littleEndian ? offset + 7 - i : offset + i]);
  }
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig(buf, value, offset, signed, littleEndian) {
  if (offset === undefined) offset = 0;
  if (signed) checkValue(value, -(2n ** 63n), 2n ** 63n - 1n, 8);
  else checkValue(value, 0n, 2n ** 64n - 1n, 8);
  checkBounds(buf, offset, 8);
  let v = BigInt.asUintN(64, value);
  const lo = Number(v & 0xffffffffn);
  v >>= 32n;
  const hi = Number(v);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = (lo >>> (8 * i)) & 0xff;
    buf[littleEndian ? offset + 4 + i : offset + 3 - i] = (hi >>> (8 * i)) & 0xff;
  }
  return offset + 8;
}

// --- the methods -----------------------------------------------------------------------------------------

function addNumberMethods(proto) {
  const methods = {
    readUInt8(offset) { return readUnsigned(this, offset, 1, true); },
    readInt8(offset) { return readSigned(this, offset, 1, true); },
    writeUInt8(value, offset) { return writeInteger(this, value, offset, 1, true, 0, 0xff); },
    writeInt8(value, offset) { return writeInteger(this, value, offset, 1, true, -0x80, 0x7f); },

    readUIntLE(offset, byteLength) {
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, true);
    },
    readUIntBE(offset, byteLength) {
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, false);
    },
    readIntLE(offset, byteLength) {
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, true);
    },
    readIntBE(offset, byteLength) {
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, false);
    },
    writeUIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, true, 0, 2 ** (8 * byteLength) - 1);
    },
    writeUIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, false, 0, 2 ** (8 * byteLength) - 1);
    },
    writeIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      const half = 2 ** (8 * byteLength - 1);
      return writeInteger(this, value, offset, byteLength, true, -half, half - 1);
    },
    writeIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      const half = 2 ** (8 * byteLength - 1);
      return writeInteger(this, value, offset, byteLength, false, -half, half - 1);
    },

    readFloatLE(offset) { return readFloat(this, offset, float32, bytes32, true); },
    readFloatBE(offset) { return readFloat(this, offset, float32, bytes32, false); },
    readDoubleLE(offset) { return readFloat(this, offset, float64, bytes64, true); },
    readDoubleBE(offset) { return readFloat(this, offset, float64, bytes64, false); },
    writeFloatLE(value, offset) { return writeFloat(this, value, offset, float32, bytes32, true); },
    writeFloatBE(value, offset) { return writeFloat(this, value, offset, float32, bytes32, false); },
    writeDoubleLE(value, offset) { return writeFloat(this, value, offset, float64, bytes64, true); },
    writeDoubleBE(value, offset) { return writeFloat(this, value, offset, float64, bytes64, false); },

    readBigUInt64LE(offset) { return readBig(this, offset, false, true); },
    readBigUInt64BE(offset) { return readBig(this, offset, false, false); },
    readBigInt64LE(offset) { return readBig(this, offset, true, true); },
    readBigInt64BE(offset) { return readBig(this, offset, true, false); },
    writeBigUInt64LE(value, offset) { return writeBig(this, value, offset, false, true); },
    writeBigUInt64BE(value, offset) { return writeBig(this, value, offset, false, false); },
    writeBigInt64LE(value, offset) { return writeBig(this, value, offset, true, true); },
    writeBigInt64BE(value, offset) { return writeBig(this, value, offset, true, false); },
  };
  // Fixed-width integers of 2, 3... bytes share the code of their variable-width siblings.
  for (const [bits, size] of [[16, 2], [32, 4]]) {
    for (const [end, le] of [['LE', true], ['BE', false]]) {
      const half = 2 ** (bits - 1);
      methods[`readUInt${bits}${end}`] = function(offset) { return readUnsigned(this, offset, size, le); };
      methods[`readInt${bits}${end}`] = function(offset) { return readSigned(this, offset, size, le); };
      methods[`writeUInt${bits}${end}`] = function(value, offset) {
        return writeInteger(this, value, offset, size, le, 0, half * 2 - 1);
      };
      methods[`writeInt${bits}${end}`] = function(value, offset) {
        return writeInteger(this, value, offset, size, le, -half, half - 1);
      };
    }
  }
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    const friendly = name;
    Object.defineProperty(fn, 'name', { value: friendly });
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
    // The lower-case aliases (readUint8, writeBigUint64LE...).
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'),
        { value: fn, writable: true, configurable: true, enumerable: true });
    }
  }
}

module.exports = { addNumberMethods, boundsError };
