'use strict';
// Blob and File: immutable bytes with a MIME type. The bytes live in one Uint8Array each Blob owns
// (slices copy). stream() is a web byte stream of the content.

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { errorWithMessage } = require('internal/errors');
const { encodingOps } = require('internal/buffer/core');
const types = require('internal/util/types');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const blobs = new WeakMap();

function bytesOf(self, className = 'Blob') {
  const s = blobs.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS(className);
  return s;
}

function utf8(string) {
  const out = new Uint8Array(encodingOps.utf8.byteLength(string));
  encodingOps.utf8.write(out, string, 0, out.length);
  return out;
}

function partBytes(part, endings) {
  if (types.isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  }
  if (blobs.has(part)) return blobs.get(part).bytes;
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return utf8(text);
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw errorWithMessage('ERR_INVALID_ARG_TYPE', 'Value cannot be converted to sequence.');
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const endings = `${options?.endings ?? 'transparent'}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      size += bytes.length;
    }
    const bytes = new Uint8Array(size);
    let pos = 0;
    for (const part of parts) {
      bytes.set(part, pos);
      pos += part.length;
    }
    blobs.set(this, { bytes, type: normalizeType(options?.type ?? '') });
  }

  get size() { return bytesOf(this).bytes.length; }
  get type() { return bytesOf(this).type; }

  slice(start = 0, end, contentType = '') {
    const { bytes } = bytesOf(this);
    const size = bytes.length;
    const clamp = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    start = clamp(start);
    end = end === undefined ? size : clamp(end);
    const blob = Object.create(Blob.prototype);
    blobs.set(blob, { bytes: bytes.slice(start, Math.max(start, end)), type: normalizeType(contentType) });
    return blob;
  }

  text() {
    try {
      const { bytes } = bytesOf(this);
      return Promise.resolve(encodingOps.utf8.slice(bytes, 0, bytes.length));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  arrayBuffer() {
    try {
      return Promise.resolve(bytesOf(this).bytes.slice().buffer);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  bytes() {
    try {
      return Promise.resolve(bytesOf(this).bytes.slice());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  // A ReadableStream of the bytes: waits for web streams (docs/compat.md).
  // A byte stream of the content (one chunk: node4j keeps a blob's bytes together, where Node reads
  // them part by part).
  stream() {
    const { bytes } = bytesOf(this);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const key of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, key, { enumerable: true });
}

const files = new WeakMap();

function fileState(self) {
  const s = files.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS('File');
  return s;
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    files.set(this, { name: `${fileName}`, lastModified });
  }

  get name() { return fileState(this).name; }
  get lastModified() { return fileState(this).lastModified; }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified },
      { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const key of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, key, { enumerable: true });
}

function resolveObjectURL(url) {
  `${url}`;
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL };
