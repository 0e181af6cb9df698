'use strict';
// CompressionStream and DecompressionStream: a web readable/writable pair over a node:zlib stream
// (gzip, deflate, deflate-raw, and brotli as Node 24 also accepts).

const { errorWithMessage, codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
const { kInspect, customInspect } = require('internal/webstreams/util');

const kPair = Symbol('kPair');

function engineFor(format, compress, className) {
  const zlib = require('zlib');
  switch (format) {
    case 'gzip': return compress ? zlib.createGzip() : zlib.createGunzip();
    case 'deflate': return compress ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'brotli': return compress ? zlib.createBrotliCompress() : zlib.createBrotliDecompress();
  }
  throw errorWithMessage('ERR_INVALID_ARG_VALUE', `Failed to construct '${className}': 1st argument ` +
                         `'${String(format)}' is not a valid enum value of type CompressionFormat.`);
}

function define(className, compress) {
  const cls = {
    [className]: class {
      constructor(format) {
        this[kPair] = newReadableWritablePairFromDuplex(engineFor(format, compress, className));
      }

      get readable() {
        if (!(kPair in Object(this))) throw new ERR_INVALID_THIS(className);
        return this[kPair].readable;
      }

      get writable() {
        if (!(kPair in Object(this))) throw new ERR_INVALID_THIS(className);
        return this[kPair].writable;
      }

      [kInspect](depth, options) {
        return customInspect(depth, options, className, {
          readable: this[kPair].readable, writable: this[kPair].writable,
        });
      }
    },
  }[className];
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: className, configurable: true,
  });
  return cls;
}

module.exports = {
  CompressionStream: define('CompressionStream', true),
  DecompressionStream: define('DecompressionStream', false),
};
