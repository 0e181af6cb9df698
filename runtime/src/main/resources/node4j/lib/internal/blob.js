'use strict';
// Blob and File: immutable bytes with a MIME type. A Blob keeps its content as the list of parts it
// was built from (each a private Uint8Array, or a range of a file for fs.openAsBlob; Blob parts are
// shared, slices are views), so stream() gives one chunk per part as Node does. Object URLs (blob:nodedata:UUID) map to a Blob's content in
// a registry per thread: each worker has its own Context, hence its own registry, as in Node.

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { errorWithMessage } = require('internal/errors');
const { encodingOps } = require('internal/buffer/core');
const types = require('internal/util/types');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Blob -> { parts: (Uint8Array | FilePart)[] (none empty), size, type }
const blobs = new WeakMap();

// ---- file-backed parts (fs.openAsBlob) ----

// A range of a file, read when the Blob is read. The file's size and mtime when the Blob was made
// are kept: a file changed (or gone) since makes every read fail, as Node's do.
class FilePart {
  constructor(path, start, length, fileSize, mtimeNs) {
    this.path = path;
    this.start = start;
    this.length = length;
    this.fileSize = fileSize;
    this.mtimeNs = mtimeNs;
  }

  subarray(from, to) {
    return new FilePart(this.path, this.start + from, to - from, this.fileSize, this.mtimeNs);
  }
}

// The chunk size of a file-backed Blob's stream(), Node's.
const kFileChunk = 65536;

function notReadable() {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException('The blob could not be read', 'NotReadableError');
}

// Bytes [offset, offset + length) of a file part, after checking the file is still the one the
// Blob was made from.
async function readFilePart(part, offset = 0, length = part.length) {
  const { open } = require('internal/fs/promises').exports;
  let handle;
  try {
    handle = await open(part.path, 'r');
    const stats = await handle.stat({ bigint: true });
    if (!stats.isFile() || stats.size !== part.fileSize || stats.mtimeNs !== part.mtimeNs) throw notReadable();
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(out, done, length - done, part.start + offset + done);
      if (bytesRead === 0) throw notReadable();
      done += bytesRead;
    }
    return out;
  } catch {
    throw notReadable();
  } finally {
    await handle?.close().catch(() => {});
  }
}

// fs.openAsBlob's Blob: the whole file as one part, typed. Such a Blob itself cannot be posted to
// another thread (its slices and Blobs made from it can: see cloneContent).
const fileBlobs = new WeakSet();

function blobFromFile(path, fileSize, mtimeNs, type) {
  const size = Number(fileSize);
  const parts = size > 0 ? [new FilePart(path, 0, size, fileSize, mtimeNs)] : [];
  const blob = makeBlob(parts, size, type); // the type as given: Node does not lower-case it here
  fileBlobs.add(blob);
  return blob;
}

// readFilePart's synchronous form, for structured clone.
function readFilePartSync(part) {
  const fs = require('fs');
  let fd = -1;
  try {
    fd = fs.openSync(part.path, 'r');
    const stats = fs.fstatSync(fd, { bigint: true });
    if (!stats.isFile() || stats.size !== part.fileSize || stats.mtimeNs !== part.mtimeNs) throw notReadable();
    const out = new Uint8Array(part.length);
    let done = 0;
    while (done < part.length) {
      const n = fs.readSync(fd, out, done, part.length - done, part.start + done);
      if (n === 0) throw notReadable();
      done += n;
    }
    return out;
  } catch {
    throw notReadable();
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}

function hasFileParts(parts) {
  for (const p of parts) if (p instanceof FilePart) return true;
  return false;
}

function stateOf(self, className = 'Blob') {
  const s = blobs.get(self);
  if (s === undefined) throw new ERR_INVALID_THIS(className);
  return s;
}

function utf8(string) {
  const out = new Uint8Array(encodingOps.utf8.byteLength(string));
  encodingOps.utf8.write(out, string, 0, out.length);
  return out;
}

// Appends the bytes of one blobPart to parts (a Blob contributes its own parts).
function addPart(parts, part, endings) {
  let bytes;
  if (types.isAnyArrayBuffer(part)) {
    bytes = new Uint8Array(part.slice(0));
  } else if (ArrayBuffer.isView(part)) {
    bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  } else if (blobs.has(part)) {
    for (const p of blobs.get(part).parts) parts.push(p);
    return;
  } else {
    let text = `${part}`;
    if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
    bytes = utf8(text);
  }
  if (bytes.length > 0) parts.push(bytes);
}

function sizeOf(parts) {
  let size = 0;
  for (const p of parts) size += p.length;
  return size;
}

// The content in one new Uint8Array.
function joined({ parts, size }) {
  const out = new Uint8Array(size);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

// The content in one new Uint8Array, file-backed parts read from their files.
async function readAll({ parts, size }) {
  const out = new Uint8Array(size);
  let pos = 0;
  for (const p of parts) {
    out.set(p instanceof FilePart ? await readFilePart(p) : p, pos);
    pos += p.length;
  }
  return out;
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function makeBlob(parts, size, type) {
  const blob = Object.create(Blob.prototype);
  blobs.set(blob, { parts, size, type });
  return blob;
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
    for (const source of sources) addPart(parts, source, endings);
    blobs.set(this, { parts, size: sizeOf(parts), type: normalizeType(options?.type ?? '') });
  }

  get size() { return stateOf(this).size; }
  get type() { return stateOf(this).type; }

  slice(start = 0, end, contentType = '') {
    const { parts, size } = stateOf(this);
    const clamp = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    start = clamp(start);
    end = end === undefined ? size : clamp(end);
    // The parts that overlap [start, end), cut to it.
    const out = [];
    let pos = 0;
    for (const p of parts) {
      const from = Math.max(start - pos, 0);
      const to = Math.min(end - pos, p.length);
      if (from < to) out.push(from === 0 && to === p.length ? p : p.subarray(from, to));
      pos += p.length;
      if (pos >= end) break;
    }
    return makeBlob(out, sizeOf(out), normalizeType(contentType));
  }

  text() {
    try {
      const state = stateOf(this);
      if (hasFileParts(state.parts)) {
        return readAll(state).then((bytes) => encodingOps.utf8.slice(bytes, 0, bytes.length));
      }
      const bytes = state.parts.length === 1 ? state.parts[0] : joined(state);
      return Promise.resolve(encodingOps.utf8.slice(bytes, 0, bytes.length));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  arrayBuffer() {
    try {
      const state = stateOf(this);
      if (hasFileParts(state.parts)) return readAll(state).then((bytes) => bytes.buffer);
      return Promise.resolve(joined(state).buffer);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  bytes() {
    try {
      const state = stateOf(this);
      if (hasFileParts(state.parts)) return readAll(state);
      return Promise.resolve(joined(state));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  // The content as a stream of strings: the byte stream through a UTF-8 TextDecoderStream.
  textStream() {
    const stream = this.stream();
    const { TextDecoderStream } = require('internal/webstreams/encoding');
    return stream.pipeThrough(new TextDecoderStream());
  }

  // A byte stream of the content, one chunk per part (empty parts are skipped), each chunk a copy;
  // file-backed parts come in chunks of 64 KiB read as the stream is pulled.
  stream() {
    const { parts } = stateOf(this);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    let next = 0;
    let offset = 0; // into parts[next], when it is a file part
    return new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        if (next < parts.length) {
          const part = parts[next];
          if (part instanceof FilePart) {
            const length = Math.min(kFileChunk, part.length - offset);
            controller.enqueue(await readFilePart(part, offset, length));
            offset += length;
            if (offset === part.length) {
              next++;
              offset = 0;
            }
          } else {
            controller.enqueue(part.slice());
            next++;
          }
        }
        if (next === parts.length) controller.close();
      },
      cancel() {
        next = parts.length;
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

// ---- object URLs ----

// UUID -> { parts, size, type } of the Blob given to URL.createObjectURL.
const objectURLs = new Map();

function isBlob(value) {
  return blobs.has(value);
}

// URL.createObjectURL: the caller has checked isBlob.
function createObjectURL(blob) {
  const { randomUUID } = require('internal/crypto/random');
  const id = randomUUID();
  objectURLs.set(id, stateOf(blob));
  return `blob:nodedata:${id}`;
}

// The two ':'-separated halves of a URL's path ('nodedata', UUID), or undefined when the string
// does not parse or its path has not exactly one ':'. As in Node, the scheme is not looked at.
function splitObjectURL(url) {
  const { URL } = require('internal/url');
  const parsed = URL.parse(url);
  if (parsed === null) return undefined;
  const split = parsed.pathname.split(':');
  return split.length === 2 ? split : undefined;
}

function revokeObjectURL(url) {
  const split = splitObjectURL(`${url}`);
  if (split !== undefined) objectURLs.delete(split[1]);
}

function resolveObjectURL(url) {
  const split = splitObjectURL(`${url}`);
  if (split === undefined || split[0] !== 'nodedata') return undefined;
  const state = objectURLs.get(split[1]);
  if (state === undefined) return undefined;
  return makeBlob(state.parts, state.size, state.type);
}

// ---- structured clone (internal/worker/clone) ----

// What a clone carries: the bytes (one new array), the type, and a File's name and lastModified.
function cloneContent(blob) {
  const state = blobs.get(blob);
  const file = files.get(blob);
  if (fileBlobs.has(blob)) {
    const { ERR_INVALID_STATE } = require('internal/errors').codes;
    throw new ERR_INVALID_STATE.TypeError('File-backed Blobs are not cloneable');
  }
  if (hasFileParts(state.parts)) {
    // A slice of a file (or a Blob holding one) goes as its bytes, read now. Node reads them in the
    // receiving thread; a file changed in between fails here instead (NotReadableError).
    const parts = state.parts.map((p) => (p instanceof FilePart ? readFilePartSync(p) : p));
    return {
      bytes: joined({ parts, size: state.size }), type: state.type,
      file: file === undefined ? null : { name: file.name, lastModified: file.lastModified },
    };
  }
  return {
    bytes: joined(state), type: state.type,
    file: file === undefined ? null : { name: file.name, lastModified: file.lastModified },
  };
}

function fromClone(arrayBuffer, type, file) {
  const bytes = new Uint8Array(arrayBuffer);
  const parts = bytes.length > 0 ? [bytes] : [];
  if (file === null) return makeBlob(parts, bytes.length, type);
  const result = Object.create(File.prototype);
  blobs.set(result, { parts, size: bytes.length, type });
  files.set(result, { name: file.name, lastModified: file.lastModified });
  return result;
}

require('internal/worker/clone').setBlobSupport({ isBlob, cloneContent });

module.exports = {
  Blob, File, resolveObjectURL, isBlob, createObjectURL, revokeObjectURL, fromClone, blobFromFile,
};
