'use strict';
// node:zlib. Each stream class is a Transform over one handle of internalBinding('zlib'): writes go
// to the loop's thread pool and come back as the pieces each codec call produced (pushed as Node
// pushes them); the *Sync functions run the same handle on this thread. Deflate/inflate, brotli and
// zstd share this; only their handles and options differ.

const { Buffer } = require('buffer');
const { FastBuffer, javaArrayBuffer } = require('internal/buffer/core');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { codes: {
  ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BROTLI_INVALID_PARAM,
  ERR_ZLIB_INITIALIZATION_FAILED, ERR_ZSTD_INVALID_PARAM,
}, nativeError } = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const constants = require('internal/zlib/constants');

const binding = internalBinding('zlib');

const {
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_COMPRESS, ZSTD_DECOMPRESS, ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end, ZSTD_c_overlapLog,
  ZSTD_d_windowLogMax,
} = constants;

const kMaxLength = 2 ** 53 - 1;
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// zlib.codes: the Z_* result names both ways.
const codes = {
  Z_OK: constants.Z_OK, Z_STREAM_END: constants.Z_STREAM_END, Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO, Z_STREAM_ERROR: constants.Z_STREAM_ERROR, Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR, Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// ---- option checks ----

// false for undefined and NaN (the caller takes its default); throws unless a finite number.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function toBuffer(data, name, types) {
  if (typeof data === 'string') return Buffer.from(data);
  if (isArrayBufferView(data)) return data;
  if (isAnyArrayBuffer(data)) return Buffer.from(data);
  throw new ERR_INVALID_ARG_TYPE(name, types, data);
}

// ---- the binding's results as Buffers ----

function outputBuffer(result) {
  const n = result.data.capacity === undefined ? lengthOf(result) : lengthOf(result);
  if (n === 0) return new FastBuffer();
  return new FastBuffer(javaArrayBuffer(result.data), 0, n);
}

function lengthOf(result) {
  let n = 0;
  for (let i = 0; i < result.pieceCount; i++) n += result.pieces[i];
  return n;
}

function zlibError(result) {
  const error = new Error(result.message);
  error.errno = result.errno;
  error.code = result.code;
  return error;
}

// ---- ZlibBase: what zlib and brotli streams share ----

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let lowFlush = Z_NO_FLUSH;
  let highFlush = Z_BLOCK;
  if (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) {
    [lowFlush, highFlush] = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA];
  } else if (mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS) {
    [lowFlush, highFlush] = [ZSTD_e_continue, ZSTD_e_end];
  }
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', lowFlush, highFlush, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', lowFlush, highFlush,
                                          finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                              kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  // The output buffer lives in the binding; allocating one here checks chunkSize as Node's does.
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush | 0;
  this._finishFlushFlag = finishFlush | 0;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  if (this._handle) this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  } else if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = this._finishFlushFlag;
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function viewOf(chunk) {
  return [chunk.buffer, chunk.byteOffset, chunk.byteLength];
}

// The sync functions close the handle when done (or failed) but leave the stream undestroyed, as Node.
function closeHandle(self) {
  if (self._handle) {
    self._handle.close();
    self._handle = null;
  }
}

function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  if (!handle) throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  const [ab, offset, length] = viewOf(chunk);
  const result = handle.writeSync(flushFlag | 0, ab, offset, length, Math.min(self._chunkSize, 2 ** 30) | 0,
                                  self._maxOutputLength);
  if (result.code === 'ERR_BUFFER_TOO_LARGE') {
    closeHandle(self);
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  if (result.code) {
    const error = zlibError(result);
    self[kError] = error;
    closeHandle(self);
    throw error;
  }
  self.bytesWritten += length - result.availIn;
  const out = outputBuffer(result);
  closeHandle(self);
  return out;
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  const [ab, offset, length] = viewOf(chunk);
  handle.write(flushFlag | 0, ab, offset, length, Math.min(self._chunkSize, 2 ** 30) | 0, (result) => {
    if (self.destroyed || !self._handle) {
      cb();
      return;
    }
    if (result.code) {
      const error = zlibError(result);
      self[kError] = error;
      self.destroy(error);
      return;
    }
    self.bytesWritten += length - result.availIn;
    if (result.pieceCount > 0) {
      const all = outputBuffer(result);
      let at = 0;
      for (let i = 0; i < result.pieceCount; i++) {
        const n = result.pieces[i];
        self.push(all.subarray(at, at + n));
        at += n;
      }
    }
    // Input left over means the stream ended before it (trailing data after a zlib stream).
    if (result.availIn > 0) self.push(null);
    cb();
  });
}

// ---- Zlib: the seven deflate/inflate modes ----

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 tells inflate to take the window size from the stream's header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip needs at least 9; deflate takes 8 and makes it 9, as zlib does.
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS,
                                           Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                                       Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                                       Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  const [dict, dictOffset, dictLength] = dictionary ? viewOf(dictionary) : [null, 0, 0];
  const handle = binding.create(mode, level | 0, windowBits | 0, memLevel | 0, strategy | 0, dict, dictOffset,
                                dictLength);
  ZlibBase.call(this, opts, mode, handle, {
    flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH,
  });
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) this._handle.params(level | 0, strategy | 0);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function defineMode(name, mode, base = Zlib) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, base.prototype);
  Object.setPrototypeOf(ctor, base);
  return ctor;
}

const Deflate = defineMode('Deflate', DEFLATE);
const Inflate = defineMode('Inflate', INFLATE);
const Gzip = defineMode('Gzip', GZIP);
const Gunzip = defineMode('Gunzip', GUNZIP);
const DeflateRaw = defineMode('DeflateRaw', DEFLATERAW);
const InflateRaw = defineMode('InflateRaw', INFLATERAW);
const Unzip = defineMode('Unzip', UNZIP);

// ---- brotli ----

function Brotli(opts, mode) {
  const params = [];
  if (opts && opts.params !== undefined) {
    for (const key of Object.keys(opts.params)) {
      const id = +key;
      if (Number.isNaN(id) || id < 0 || id > 8) {
        throw new ERR_BROTLI_INVALID_PARAM(key);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params.push(id | 0, Number(value) | 0);
    }
  }
  const handle = binding.createBrotli(mode, params);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, {
    flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH,
    fullFlush: BROTLI_OPERATION_FLUSH,
  });
}
// As in Node, brotli streams sit under Zlib and so inherit its params().
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

const BrotliCompress = defineMode('BrotliCompress', BROTLI_ENCODE, Brotli);
const BrotliDecompress = defineMode('BrotliDecompress', BROTLI_DECODE, Brotli);

// ---- zstd ----

// Parameter ids up to the largest one Node knows reach libzstd, which refuses the ones it lacks (and
// bad values) at creation; ids beyond it, or not whole numbers, are refused here.
const kZstdMaxParam = { [ZSTD_COMPRESS]: ZSTD_c_overlapLog, [ZSTD_DECOMPRESS]: ZSTD_d_windowLogMax };

class Zstd extends ZlibBase {
  constructor(opts, mode) {
    // As in Node, values go through a table of uint32 by id, where all ones marks "not set": a later
    // spelling of an id wins, ids reach the library in ascending order, and -1 leaves the default.
    const byId = [];
    if (opts && opts.params != null) {
      for (const key of Object.keys(opts.params)) {
        const id = +key;
        if (!Number.isInteger(id) || id < 0 || id > kZstdMaxParam[mode]) {
          throw new ERR_ZSTD_INVALID_PARAM(key);
        }
        const value = opts.params[key];
        if (typeof value !== 'number' && typeof value !== 'boolean') {
          throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
        }
        byId[id] = Number(value) >>> 0;
      }
    }
    const params = [];
    byId.forEach((value, id) => {
      if (value !== 0xffffffff) params.push(id, value | 0);
    });
    let pledgedSrcSize = -1;
    if (opts && opts.pledgedSrcSize !== undefined) {
      pledgedSrcSize = opts.pledgedSrcSize;
      if (typeof pledgedSrcSize !== 'number') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'pledgedSrcSize must be a number');
      }
      if (!Number.isSafeInteger(pledgedSrcSize)) {
        throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'pledgedSrcSize must be a safe integer');
      }
      if (pledgedSrcSize < 0) {
        throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'pledgedSrcSize must be non-negative');
      }
    }
    const handle = binding.createZstd(mode, params, pledgedSrcSize);
    if (handle === null) {
      throw nativeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Setting parameter failed');
    }
    super(opts, mode, handle, { flush: ZSTD_e_continue, finishFlush: ZSTD_e_end, fullFlush: ZSTD_e_flush });
  }
}

class ZstdCompress extends Zstd {
  constructor(opts) {
    super(opts, ZSTD_COMPRESS);
  }
}

class ZstdDecompress extends Zstd {
  constructor(opts) {
    super(opts, ZSTD_DECOMPRESS);
  }
}

// ---- the buffer functions ----

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const chunks = [];
  let nread = 0;
  engine.on('data', function onData(chunk) {
    chunks.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.removeAllListeners('end');
      engine.removeAllListeners('error');
      engine.on('error', () => {});
      engine.destroy();
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', function onError(err) {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', function onEnd() {
    const out = Buffer.concat(chunks, nread);
    engine.close();
    if (engine._info) callback(null, { buffer: out, engine });
    else callback(null, out);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = toBuffer(buffer, 'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer']);
  const out = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer: out, engine };
  return out;
}

function asyncFunction(ctor) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function syncFunction(ctor) {
  return function(buffer, opts) {
    return zlibBufferSync(new ctor(opts), buffer);
  };
}

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  const [ab, offset, length] = viewOf(data);
  return binding.crc32(ab, offset, length, value);
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  ZstdCompress, ZstdDecompress,
  deflate: asyncFunction(Deflate), deflateSync: syncFunction(Deflate),
  gzip: asyncFunction(Gzip), gzipSync: syncFunction(Gzip),
  deflateRaw: asyncFunction(DeflateRaw), deflateRawSync: syncFunction(DeflateRaw),
  unzip: asyncFunction(Unzip), unzipSync: syncFunction(Unzip),
  inflate: asyncFunction(Inflate), inflateSync: syncFunction(Inflate),
  gunzip: asyncFunction(Gunzip), gunzipSync: syncFunction(Gunzip),
  inflateRaw: asyncFunction(InflateRaw), inflateRawSync: syncFunction(InflateRaw),
  brotliCompress: asyncFunction(BrotliCompress), brotliCompressSync: syncFunction(BrotliCompress),
  brotliDecompress: asyncFunction(BrotliDecompress), brotliDecompressSync: syncFunction(BrotliDecompress),
  zstdCompress: asyncFunction(ZstdCompress), zstdCompressSync: syncFunction(ZstdCompress),
  zstdDecompress: asyncFunction(ZstdDecompress), zstdDecompressSync: syncFunction(ZstdDecompress),
};

for (const [name, ctor] of [['Deflate', Deflate], ['Inflate', Inflate], ['DeflateRaw', DeflateRaw],
                            ['InflateRaw', InflateRaw], ['Gzip', Gzip], ['Gunzip', Gunzip],
                            ['Unzip', Unzip], ['BrotliCompress', BrotliCompress],
                            ['BrotliDecompress', BrotliDecompress], ['ZstdCompress', ZstdCompress],
                            ['ZstdDecompress', ZstdDecompress]]) {
  module.exports[`create${name}`] = (options) => new ctor(options);
}

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: Object.freeze(codes) },
});

// The legacy constants on zlib itself: all but the brotli ones, read-only, not enumerable.
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: false, value: constants[name], writable: false,
  });
}
