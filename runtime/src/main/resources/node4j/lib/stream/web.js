'use strict';
// node:stream/web: the WHATWG Streams classes (also globals), CompressionStream and
// DecompressionStream included.

const readable = require('internal/webstreams/readablestream');
const { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController } =
  require('internal/webstreams/writablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream: readable.ReadableStream,
  // Node 24 exports this internal helper too: tee(stream) as a function.
  ReadableStreamTee: readable.ReadableStreamTee,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
// CompressionStream and DecompressionStream load node:zlib only when first asked for.
for (const name of ['CompressionStream', 'DecompressionStream']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require('internal/webstreams/compression')[name];
      Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, enumerable: true,
                                                   configurable: true });
      return value;
    },
  });
}
