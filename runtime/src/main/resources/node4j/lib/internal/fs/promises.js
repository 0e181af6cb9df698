'use strict';
// node:fs/promises and FileHandle: each operation is one binding call on the thread pool whose
// callback settles a promise. Argument checks are those of lib/fs.js (shared in internal/fs/utils).

const EventEmitter = require('events');
const {
  binding, constants, fsConstants, kEmptyObject, uvError, isBufferLike, allocBuffer, fromJava,
  normalizeEncoding, getOptions, encodeResult, getValidatedPath, getValidatedFd, stringToFlags,
  parseFileMode, toUnixTimestamp, validateBuffer, validateOffsetLengthRead, validatePosition,
  getStats, getStatFs, direntsFrom, namesFrom, validateRmOptions, validateRmdirOptions, validateBoolean,
  validateInteger, validateFunction, AbortError, validateAbortSignal, getValidMode, validateOneOf,
} = require('internal/fs/utils');
const {
  nativeError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_FILE_TOO_LARGE, ERR_INVALID_STATE },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const pathModule = require('path');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kHandle = Symbol('kHandle');
const kMaxFileSize = 2 ** 31 - 1;

// One binding operation as a promise: a request of Node's FSReqPromise type (for async_hooks and
// process.getActiveResourcesInfo()).
function call(method, ...args) {
  return new Promise((resolve, reject) => {
    binding[method](...args, (report, result) =>
      (report ? reject(uvError(report)) : resolve(result === null ? undefined : result)), 'FSREQPROMISE');
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// ------------------------------------------------------------------ FileHandle

// A FileHandle collected while open: its fd is closed and, as in Node, a warning says so (and, once
// per process, the DEP0137 deprecation). Registered per handle; close() unregisters it.
let deprecatedCloseOnGc = false;
const closeOnGc = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd);
  } catch {
    // closed behind the handle's back: nothing to report
    return;
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!deprecatedCloseOnGc) {
    deprecatedCloseOnGc = true;
    process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. Please close ' +
      'FileHandle objects explicitly using FileHandle.prototype.close(). In the future, an error will ' +
      'be thrown if a file descriptor is closed during garbage collection.', 'DeprecationWarning', 'DEP0137');
  }
});

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kHandle] = {};
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    // An own property, as in Node, so a handle can be closed detached from its object.
    const close = () => this.#close();
    Object.defineProperty(close, 'name', { __proto__: null, value: 'close' });
    this.close = close;
    closeOnGc.register(this, fd, this);
  }

  getAsyncId() { return this[kFd]; }

  get fd() { return this[kFd]; }

  #check(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  // Runs fn(fd) with the handle referenced, so close() waits for operations in flight.
  async #op(syscall, fn) {
    const fd = this.#check(syscall);
    this[kRefs]++;
    try {
      return await fn(fd);
    } finally {
      if (--this[kRefs] === 0 && this[kClosePromise] !== null) this.#finishClose();
    }
  }

  #close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    closeOnGc.unregister(this);
    this[kClosePromise] = new Promise((resolve, reject) => {
      this.closeResolve = resolve;
      this.closeReject = reject;
    });
    Object.defineProperty(this, 'closeResolve', { enumerable: false });
    Object.defineProperty(this, 'closeReject', { enumerable: false });
    if (this[kRefs] === 0) this.#finishClose();
    return this[kClosePromise];
  }

  #finishClose() {
    const fd = this[kFd];
    const { closeResolve, closeReject } = this;
    call('close', fd).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
      closeResolve();
    }, (err) => {
      this[kClosePromise] = null;
      this[kRefs]++;
      closeOnGc.register(this, fd, this);
      closeReject(err);
    });
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  appendFile(data, options) {
    return this.#op('write', (fd) => writeFileTo(fd, data, getOptions(options, { encoding: 'utf8', flag: 'a' })));
  }

  chmod(mode) {
    mode = parseFileMode(mode, 'mode');
    return this.#op('fchmod', (fd) => call('fchmod', fd, mode));
  }

  chown(uid, gid) {
    validateInteger(uid, 'uid', -1, 0xffffffff);
    validateInteger(gid, 'gid', -1, 0xffffffff);
    return this.#op('fchown', (fd) => call('fchown', fd, uid, gid));
  }

  datasync() { return this.#op('fdatasync', (fd) => call('fdatasync', fd)); }

  sync() { return this.#op('fsync', (fd) => call('fsync', fd)); }

  read(buffer, offset, length, position) {
    return this.#op('read', (fd) => readFrom(fd, buffer, offset, length, position));
  }

  readv(buffers, position) {
    return this.#op('readv', async (fd) => {
      validateViews(buffers);
      let pos = typeof position === 'number' ? position : -1;
      let bytesRead = 0;
      for (const b of buffers) {
        if (b.byteLength === 0) continue;
        const n = await call('read', fd, b.buffer, b.byteOffset, b.byteLength, pos);
        bytesRead += n;
        if (pos >= 0) pos += n;
        if (n < b.byteLength) break;
      }
      return { bytesRead, buffers };
    });
  }

  readFile(options) {
    return this.#op('readFile', (fd) => readFileFrom(null, fd, getOptions(options, { flag: 'r' })));
  }

  readLines(options = undefined) {
    const readline = require('readline');
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options = { bigint: false }) {
    return this.#op('fstat', async (fd) => getStats(await call('fstat', fd), options.bigint));
  }

  truncate(len = 0) {
    validateInteger(len, 'len');
    return this.#op('ftruncate', (fd) => call('ftruncate', fd, Math.max(0, len)));
  }

  utimes(atime, mtime) {
    atime = toUnixTimestamp(atime, 'atime');
    mtime = toUnixTimestamp(mtime, 'mtime');
    return this.#op('futime', (fd) => call('futimes', fd, atime, mtime));
  }

  write(buffer, offsetOrOptions, length, position) {
    return this.#op('write', (fd) => writeTo(fd, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return this.#op('writev', async (fd) => {
      validateViews(buffers);
      let pos = typeof position === 'number' ? position : -1;
      let bytesWritten = 0;
      for (const b of buffers) {
        const n = await call('writeBuffer', fd, b.buffer, b.byteOffset, b.byteLength, pos);
        bytesWritten += n;
        if (pos >= 0) pos += n;
      }
      return { bytesWritten, buffers };
    });
  }

  writeFile(data, options) {
    return this.#op('write', (fd) => writeFileTo(fd, data, getOptions(options, { encoding: 'utf8', flag: 'w' })));
  }

  readableWebStream(options = kEmptyObject) {
    this.#check('read');
    const { ReadableStream } = require('stream/web');
    const handle = this;
    let position = 0;
    return new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const buffer = allocBuffer(16384);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) {
          controller.close();
          if (options.autoClose) await handle.close();
          return;
        }
        position += bytesRead;
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
      async cancel() {
        if (options.autoClose) await handle.close();
      },
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

function validateViews(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isBufferLike)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

async function readFrom(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (!isBufferLike(buffer)) {
    const options = buffer ?? kEmptyObject;
    ({ buffer = allocBuffer(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = options);
  } else if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { bytesRead: 0, buffer };
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const pos = validatePosition(position, 'position', length);
  const bytesRead = await call('read', fd, buffer.buffer, buffer.byteOffset + offset, length, pos);
  return { bytesRead, buffer };
}

async function writeTo(fd, buffer, offsetOrOptions, length, position) {
  if (isBufferLike(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    require('internal/fs/utils').validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const pos = validatePosition(position ?? null);
    const bytesWritten = await call('writeBuffer', fd, buffer.buffer, buffer.byteOffset + offset, length, pos);
    return { __proto__: null, bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
  const encoding = normalizeEncoding(length ?? 'utf8') ?? 'utf8';
  const bytesWritten = await call('writeString', fd, buffer, encoding, pos);
  return { __proto__: null, bytesWritten, buffer };
}

async function readFileFrom(path, fd, options) {
  checkAborted(options.signal);
  const encoding = options.encoding == null || options.encoding === 'buffer' ? null
    : normalizeEncoding(options.encoding);
  const result = await call('readFile', path, fd, stringToFlags(options.flag ?? 'r'), encoding);
  checkAborted(options.signal);
  if (typeof result === 'string') return result;
  const buffer = fromJava(result);
  if (buffer.length > kMaxFileSize) throw new ERR_FS_FILE_TOO_LARGE(buffer.length);
  return buffer;
}

// writeFile's data: a string, an ArrayBuffer view, or (promises only) an iterable / async iterable of
// strings and views (a stream included).
function isIterableData(data) {
  return data != null && typeof data === 'object' &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

async function writeFileTo(fd, data, options, path = null) {
  checkAborted(options.signal);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const encoding = normalizeEncoding(options.encoding ?? 'utf8') ?? 'utf8';
  if (typeof data === 'string') {
    return void await call('writeFile', path, fd, data, 0, 0, encoding, stringToFlags(options.flag),
                           parseFileMode(options.mode, 'mode', 0o666), flush);
  }
  if (isBufferLike(data)) {
    return void await call('writeFile', path, fd, data.buffer, data.byteOffset, data.byteLength, null,
                           stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666), flush);
  }
  if (!isIterableData(data)) {
    throw new ERR_INVALID_ARG_TYPE('data',
      ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  let own = -1;
  if (path !== null) {
    own = await call('open', path, stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666));
    fd = own;
  }
  try {
    for await (const chunk of data) {
      checkAborted(options.signal);
      if (typeof chunk === 'string') await call('writeString', fd, chunk, encoding, -1);
      else if (isBufferLike(chunk)) await call('writeBuffer', fd, chunk.buffer, chunk.byteOffset, chunk.byteLength, -1);
      else {
        throw new ERR_INVALID_ARG_TYPE('data',
          ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], chunk);
      }
    }
    if (flush) await call('fsync', fd);
  } finally {
    if (own !== -1) await call('close', own);
  }
}

// ------------------------------------------------------------------ the promises API

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  return call('access', path, getValidMode(mode, 'access'));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return call('copyFile', src, dest, getValidMode(mode, 'copyFile'));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function rename(oldPath, newPath) {
  return call('rename', getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  return void await call('rm', path, options.recursive, options.force);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) return void await call('rm', path, true, false);
  return call('rmdir', path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const r = await call('mkdir', path, parseFileMode(mode, 'mode'), recursive);
  return recursive ? r ?? undefined : undefined;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    return require('fs').readdirSync(path, options);
  }
  const withTypes = !!options.withFileTypes;
  const list = await call('readdir', path, withTypes);
  return withTypes ? direntsFrom(list, path, options.encoding) : namesFrom(list, options.encoding);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(await call('readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  const flags = type === 'dir' ? 1 : type === 'junction' ? 2 : 0;
  return call('symlink', getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

async function lstat(path, options = { bigint: false }) {
  return getStats(await call('lstat', getValidatedPath(path)), options.bigint);
}

async function stat(path, options = { bigint: false }) {
  return getStats(await call('stat', getValidatedPath(path)), options.bigint);
}

async function statfs(path, options = { bigint: false }) {
  return getStatFs(await call('statfs', getValidatedPath(path)), options.bigint);
}

async function link(existingPath, newPath) {
  return call('link', getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

async function unlink(path) {
  return call('unlink', getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call('chmod', path, parseFileMode(mode, 'mode'));
}

async function lchmod(path, mode) {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 0xffffffff);
  validateInteger(gid, 'gid', -1, 0xffffffff);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  return call('chown', path, uid, gid, false);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  return call('chown', path, uid, gid, true);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), true);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), false);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeResult(await call('realpath', path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  return encodeResult(await call('mkdtemp', getValidatedPath(prefix, 'prefix')), options.encoding);
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  const full = pathModule.resolve(binding.cwd(), String(path));
  return {
    path,
    remove: async () => { await rm(full, { recursive: true, force: true }); },
    async [Symbol.asyncDispose]() { await rm(full, { recursive: true, force: true }); },
  };
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (path instanceof FileHandle) return path.writeFile(data, options);
  if (typeof data !== 'string' && !isBufferLike(data) && !isIterableData(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (typeof path === 'number') return writeFileTo(getValidatedFd(path), data, options);
  return writeFileTo(-1, data, options, getValidatedPath(path));
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options, flag: options.flag || 'a' };
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  if (typeof path === 'number') return readFileFrom(null, getValidatedFd(path), options);
  return readFileFrom(getValidatedPath(path), -1, options);
}

// A Blob over the file, read when the Blob is read (and failing then if the file changed since).
// It throws at once, not through the promise, when the file cannot be opened, as Node's does.
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const fs = require('fs');
  let stats;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      stats = fs.fstatSync(fd, { bigint: true });
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
  }
  const { blobFromFile } = require('internal/blob');
  return Promise.resolve(blobFromFile(path, stats.size, stats.mtimeNs, type));
}

const promisesExports = {
  access, copyFile,
  cp(...args) { return require('internal/fs/cp').cpPromise(...args); },
  glob(...args) { return require('internal/fs/glob').globIterator(...args); },
  open,
  opendir(...args) { return require('internal/fs/dir').opendirPromise(...args); },
  rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat, stat, statfs, link, unlink, chmod,
  lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp, mkdtempDisposable, writeFile, appendFile,
  readFile,
  watch(...args) { return require('internal/fs/watchers').watchPromise(...args); },
  constants: fsConstants,
};
for (const [name, length, shown] of [['cp', 3], ['glob', 2], ['opendir', 3], ['watch', 1, '_watch']]) {
  Object.defineProperty(promisesExports[name], 'name', { __proto__: null, value: shown ?? name });
  Object.defineProperty(promisesExports[name], 'length', { __proto__: null, value: length });
}

module.exports = { exports: promisesExports, FileHandle, openAsBlob, call, checkAborted };
