'use strict';
// node:fs — the callback and synchronous forms of every file operation. Each operation validates its
// arguments here, then calls the fs binding once: with no request the binding runs it on this thread
// (and throws Node's error), with a request it runs on the loop's thread pool and calls back here.

const {
  binding, constants, fsConstants, kEmptyObject, req, toBuffer, allocBuffer, isBufferLike,
  fromJava, normalizeEncoding, getOptions, encodeResult, getValidatedPath, getValidatedFd,
  stringToFlags, parseFileMode, toUnixTimestamp, validateBuffer, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, Stats, getStats, getStatFs, Dirent,
  splitListing, direntsFrom, namesFrom, validateRmOptions, validateRmdirOptions, validateFunction, validateObject,
  validateBoolean, validateInteger, validateInt32, validateOneOf, getValidMode, toPathIfFileURL, AbortError, uvError,
} = require('internal/fs/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_FS_FILE_TOO_LARGE, ERR_UNKNOWN_ENCODING },
  errorWithMessage,
} = require('internal/errors');
const pathModule = require('path');

const kIoMaxLength = 2 ** 31 - 1;
const kMaxFileSize = 2 ** 31 - 1;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function nextTickCall(cb, ...args) {
  process.nextTick(cb, ...args);
}

// ------------------------------------------------------------------ access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, req(callback));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    return nextTickCall(callback, false);
  }
  binding.access(path, constants.F_OK, (report) => callback(!report));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

// ------------------------------------------------------------------ open / close

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, req(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, req(callback));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// ------------------------------------------------------------------ read

// The (buffer, offset, length, position) a read call means, from any of its overloads.
function readArgs(fd, buffer, offsetOrOptions, length, position, hasCallback) {
  let offset = offsetOrOptions;
  if (!isBufferLike(buffer)) {
    // read(fd, { buffer, offset, length, position }) or read(fd) with defaults.
    const options = buffer ?? kEmptyObject;
    if (typeof options !== 'object') validateBuffer(options);
    ({ buffer = allocBuffer(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = options);
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { buffer, offset, length, position: -1 };
  if (buffer.byteLength === 0) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = validatePosition(position, 'position', length);
  return { buffer, offset, length, position };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      callback = length;
      length = undefined;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      callback = offsetOrOptions;
      offsetOrOptions = undefined;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = undefined;
    }
  }
  validateFunction(callback, 'cb');
  const a = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.length === 0) return nextTickCall(callback, null, 0, a.buffer);
  binding.read(fd, a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length, a.position, (report, n) => {
    if (report) return callback(uvError(report));
    callback(null, n, a.buffer);
  });
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function read(...args) {
    return new Promise((resolve, reject) => {
      fs.read(...args, (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  },
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  const a = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.length === 0) return 0;
  return binding.read(fd, a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length, a.position);
}

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback);
  position = typeof position === 'number' ? position : -1;
  let total = 0;
  let i = 0;
  const next = () => {
    while (i < buffers.length && buffers[i].byteLength === 0) i++;
    if (i >= buffers.length) return callback(null, total, buffers);
    const b = buffers[i];
    binding.read(fd, b.buffer, b.byteOffset, b.byteLength, position, (report, n) => {
      if (report) return callback(uvError(report));
      total += n;
      if (position >= 0) position += n;
      i++;
      if (n < b.byteLength) return callback(null, total, buffers);
      next();
    });
  };
  next();
}
Object.defineProperty(readv, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (...args) => new Promise((resolve, reject) => fs.readv(...args, (err, bytesRead, buffers) =>
    (err ? reject(err) : resolve({ bytesRead, buffers })))),
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  position = typeof position === 'number' ? position : -1;
  let total = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = binding.read(fd, b.buffer, b.byteOffset, b.byteLength, position);
    total += n;
    if (position >= 0) position += n;
    if (n < b.byteLength) break;
  }
  return total;
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isBufferLike(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
}

// ------------------------------------------------------------------ write

// write(fd, buffer[, offset[, length[, position]]]) or write(fd, buffer, options) or
// write(fd, string[, position[, encoding]]): what to write and where.
function writeArgs(buffer, offsetOrOptions, length, position) {
  if (isBufferLike(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { buffer, offset: offset + buffer.byteOffset, length, position: validatePosition(position) };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // string form: (position, encoding)
  let pos = offsetOrOptions;
  let encoding = length;
  if (typeof pos !== 'number' && typeof pos !== 'bigint') pos = null;
  const enc = normalizeEncoding(encoding ?? 'utf8') ?? 'utf8';
  return { string: buffer, encoding: enc, position: validatePosition(pos) };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = [...arguments];
  callback = maybeCallback(args.pop());
  const a = writeArgs(args[1], args[2], args[3], args[4]);
  if (a.string !== undefined) {
    binding.writeString(fd, a.string, a.encoding, a.position, (report, n) =>
      (report ? callback(uvError(report)) : callback(null, n, buffer)));
    return;
  }
  binding.writeBuffer(fd, a.buffer.buffer, a.offset, a.length, a.position, (report, n) =>
    (report ? callback(uvError(report)) : callback(null, n, buffer)));
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (...args) => new Promise((resolve, reject) => fs.write(...args, (err, bytesWritten, buffer) =>
    (err ? reject(err) : resolve({ bytesWritten, buffer })))),
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const a = writeArgs(buffer, offsetOrOptions, length, position);
  if (a.string !== undefined) return binding.writeString(fd, a.string, a.encoding, a.position);
  return binding.writeBuffer(fd, a.buffer.buffer, a.offset, a.length, a.position);
}

function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback);
  position = typeof position === 'number' ? position : -1;
  let total = 0;
  let i = 0;
  const next = () => {
    if (i >= buffers.length) return callback(null, total, buffers);
    const b = buffers[i++];
    binding.writeBuffer(fd, b.buffer, b.byteOffset, b.byteLength, position, (report, n) => {
      if (report) return callback(uvError(report));
      total += n;
      if (position >= 0) position += n;
      next();
    });
  };
  next();
}
Object.defineProperty(writev, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (...args) => new Promise((resolve, reject) => fs.writev(...args, (err, bytesWritten, buffers) =>
    (err ? reject(err) : resolve({ bytesWritten, buffers })))),
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  position = typeof position === 'number' ? position : -1;
  let total = 0;
  for (const b of buffers) {
    const n = binding.writeBuffer(fd, b.buffer, b.byteOffset, b.byteLength, position);
    total += n;
    if (position >= 0) position += n;
  }
  return total;
}

// ------------------------------------------------------------------ whole files

function isFd(path) {
  return typeof path === 'number';
}

// What readFile's binding call returns, as Node gives it: a Buffer or a string.
function readResult(result, encoding) {
  if (typeof result === 'string') return result;
  if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING('buffer');
  const buffer = fromJava(result);
  if (buffer.length > kMaxFileSize) throw new ERR_FS_FILE_TOO_LARGE(buffer.length);
  return buffer;
}

function readFileTarget(path) {
  return isFd(path) ? [null, getValidatedFd(path)] : [getValidatedPath(path), -1];
}

// readFile as Node's: open, fstat, one read per 512 KiB (64 KiB chunks when the size is unknown), close,
// each a request of its own on the pool, the next one made from the previous one's callback (so the
// loop turns between them); an AbortSignal is checked before each step.
function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const [p, fd] = readFileTarget(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding == null ? null
    : options.encoding === 'buffer' ? 'buffer' : normalizeEncoding(options.encoding);
  if (options.signal?.aborted) return nextTickCall(callback, new AbortError(undefined, { cause: options.signal.reason }));
  const context = { callback, encoding, signal: options.signal, fd, ownFd: p !== null, state: null };
  if (p === null) {
    readFileStat(context);
    return;
  }
  binding.open(p, flags, 0o666, (report, opened) => {
    if (report) return callback(uvError(report));
    context.fd = opened;
    readFileStat(context);
  });
}

function readFileAborted(context) {
  if (!context.signal?.aborted) return false;
  readFileEnd(context, new AbortError(undefined, { cause: context.signal.reason }));
  return true;
}

function readFileStat(context) {
  if (readFileAborted(context)) return;
  binding.readFileStat(context.fd, (report, state) => {
    if (report) return readFileEnd(context, uvError(report));
    if (state.size > kMaxFileSize) return readFileEnd(context, new ERR_FS_FILE_TOO_LARGE(state.size));
    context.state = state;
    readFileChunk(context);
  });
}

function readFileChunk(context) {
  if (readFileAborted(context)) return;
  binding.readFileChunk(context.state, (report, more) => {
    if (report) return readFileEnd(context, uvError(report));
    if (more) readFileChunk(context);
    else readFileEnd(context, null);
  });
}

// Closes what readFile opened, then calls back with the error or the content.
function readFileEnd(context, err) {
  const { callback, encoding } = context;
  if (err !== null) {
    if (!context.ownFd) return callback(err);
    binding.close(context.fd, () => callback(err));
    return;
  }
  const done = (report, result) => {
    if (report) return callback(uvError(report));
    let value;
    try {
      value = readResult(result, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, value);
  };
  const decodeAs = encoding === 'buffer' ? null : encoding;
  if (context.ownFd) {
    binding.readFileResult(context.state, decodeAs, true, done);
    return;
  }
  // A descriptor of the caller's stays open: no last request, the callback comes on the next tick.
  let result;
  try {
    result = binding.readFileResult(context.state, decodeAs, false);
  } catch (e) {
    return process.nextTick(callback, e);
  }
  process.nextTick(done, null, result);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const [p, fd] = readFileTarget(path);
  const encoding = options.encoding == null ? null
    : options.encoding === 'buffer' ? 'buffer' : normalizeEncoding(options.encoding);
  return readResult(binding.readFile(p, fd, stringToFlags(options.flag), encoding === 'buffer' ? null : encoding),
                    encoding);
}

// writeFile's arguments checked: [path or null, fd or -1, data, flags, mode, flush].
function writeFileArgs(path, data, options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  if (typeof data !== 'string' && !isBufferLike(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const [p, fd] = isFd(path) ? [null, getValidatedFd(path, 'fd')] : [getValidatedPath(path, 'path'), -1];
  const encoding = normalizeEncoding(options.encoding ?? 'utf8') ?? 'utf8';
  return { p, fd, data, encoding, flags: stringToFlags(options.flag ?? defaultFlag),
           mode: parseFileMode(options.mode, 'mode', 0o666), flush, signal: options.signal };
}

function callWriteFile(a, request) {
  if (typeof a.data === 'string') {
    return binding.writeFile(a.p, a.fd, a.data, 0, 0, a.encoding, a.flags, a.mode, a.flush, request);
  }
  return binding.writeFile(a.p, a.fd, a.data.buffer, a.data.byteOffset, a.data.byteLength, null, a.flags,
                           a.mode, a.flush, request);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const a = writeFileArgs(path, data, typeof options === 'function' ? undefined : options, 'w');
  if (a.signal?.aborted) return nextTickCall(callback, new AbortError(undefined, { cause: a.signal.reason }));
  callWriteFile(a, req(callback, () => undefined));
}

function writeFileSync(path, data, options) {
  callWriteFile(writeFileArgs(path, data, options, 'w'));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const a = writeFileArgs(path, data, typeof options === 'function' ? undefined : options, 'a');
  callWriteFile(a, req(callback, () => undefined));
}

function appendFileSync(path, data, options) {
  callWriteFile(writeFileArgs(path, data, options, 'a'));
}

// ------------------------------------------------------------------ stat

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  return options;
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, req(callback, (a) => getStats(a, options.bigint)));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, req(callback, (a) => getStats(a, options.bigint)));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, req(callback, (a) => getStats(a, options.bigint)));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return getStats(statOrThrow(path, true, options.throwIfNoEntry), options.bigint);
}

// The stats of path, or its failure thrown from here (cheaper than from the binding); with
// throwIfNoEntry false, a missing entry (ENOENT, ENOTDIR) gives undefined.
function statOrThrow(path, follow, throwIfNoEntry) {
  const result = binding.statOrReport(path, follow);
  if (result.code === undefined) return result;
  if (throwIfNoEntry === false && (result.code === 'ENOENT' || result.code === 'ENOTDIR')) return undefined;
  throw uvError(result);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return getStats(statOrThrow(path, false, options.throwIfNoEntry), options.bigint);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStats(binding.fstat(getValidatedFd(fd)), options.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  binding.statfs(path, req(callback, (a) => getStatFs(a, options.bigint)));
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFs(binding.statfs(getValidatedPath(path)), options.bigint);
}

// ------------------------------------------------------------------ directories

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    let result;
    try {
      result = readdirRecursiveSync(path, options);
    } catch (err) {
      return nextTickCall(callback, err);
    }
    return nextTickCall(callback, null, result);
  }
  const withTypes = !!options.withFileTypes;
  binding.readdir(path, withTypes, req(callback, (list) => (withTypes
    ? direntsFrom(list, path, options.encoding) : namesFrom(list, options.encoding))));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  const withTypes = !!options.withFileTypes;
  const list = binding.readdir(path, withTypes);
  return withTypes ? direntsFrom(list, path, options.encoding) : namesFrom(list, options.encoding);
}

// Breadth first, as Node's: each directory's entries, then those of its subdirectories in order.
function readdirRecursiveSync(basePath, options) {
  const withTypes = !!options.withFileTypes;
  const out = [];
  const queue = [basePath];
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const entries = splitListing(binding.readdir(dir, true));
    for (let i = 0; i < entries.length; i++) {
      const name = entries[i].slice(1);
      const type = entries[i].charCodeAt(0) - 48;
      const full = pathModule.join(dir, name);
      if (withTypes) out.push(new Dirent(encodeResult(name, options.encoding), type, dir));
      else out.push(encodeResult(pathModule.relative(basePath, full), options.encoding));
      if (type === constants.UV_DIRENT_DIR) queue.push(full);
    }
  }
  return out;
}

function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, mode, recursive, req(callback, (r) => (recursive ? r ?? undefined : undefined)));
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const r = binding.mkdir(path, mode, recursive);
  return recursive ? r ?? undefined : undefined;
}

function mkdtempPrefix(prefix) {
  return getValidatedPath(prefix, 'prefix');
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = mkdtempPrefix(prefix);
  binding.mkdtemp(prefix, req(callback, (p) => encodeResult(p, options.encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  return encodeResult(binding.mkdtemp(mkdtempPrefix(prefix)), options.encoding);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const full = pathModule.resolve(binding.cwd(), String(path));
  return {
    path,
    remove() { rmSync(full, { recursive: true, force: true }); },
    [Symbol.dispose]() { rmSync(full, { recursive: true, force: true }); },
  };
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    return binding.rm(path, true, false, req(callback, () => undefined));
  }
  binding.rmdir(path, req(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    return void binding.rm(path, true, false);
  }
  binding.rmdir(path);
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be ' +
                      'removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  // Node checks the callback only by calling it (after the options, on the pool's answer).
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.rm(path, options.recursive, options.force, req((...args) => callback(...args), () => undefined));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  binding.rm(path, options.recursive, options.force);
}

// ------------------------------------------------------------------ names and links

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), req(callback));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, req(callback));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, req(callback));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function symlinkFlags(type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  return 0;
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  const flags = symlinkFlags(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, flags, req(callback));
}

function symlinkSync(target, path, type) {
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, req(callback, (r) => encodeResult(r, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeResult(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

// Node's realpath (not .native) resolves component by component with lstat, and a failure names the
// component and the call that failed (lstat, or stat for a link that leads nowhere).
function realpathError(path, err) {
  if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR' && err.code !== 'ELOOP') return err;
  const absolute = pathModule.resolve(binding.cwd(), path);
  const parts = absolute.split('/').filter(Boolean);
  let prefix = '';
  for (const part of parts) {
    prefix += `/${part}`;
    const shown = path.startsWith('/') ? prefix : pathModule.relative(binding.cwd(), prefix) || '.';
    let st;
    try {
      st = binding.lstat(shown);
    } catch (e) {
      return e;
    }
    if ((st[1] & constants.S_IFMT) === constants.S_IFLNK) {
      try {
        binding.stat(shown);
      } catch (e) {
        return e;
      }
    }
  }
  return err;
}

function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  validateFunction(callback, 'cb');
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, (report, r) => {
    if (report) return callback(realpathError(path, uvError(report)));
    callback(null, encodeResult(r, options.encoding));
  });
}
realpath.native = function(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, req(callback, (r) => encodeResult(r, options.encoding)));
};

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  try {
    return encodeResult(binding.realpath(path), options.encoding);
  } catch (err) {
    throw realpathError(path, err);
  }
}
realpathSync.native = function(path, options) {
  options = getOptions(options);
  return encodeResult(binding.realpath(getValidatedPath(path)), options.encoding);
};

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, copyMode(mode), req(callback));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), copyMode(mode));
}

function copyMode(mode) {
  return getValidMode(mode, 'copyFile');
}

// ------------------------------------------------------------------ permissions, owners, times

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, req(callback));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, req(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 0xffffffff);
  validateInteger(gid, 'gid', -1, 0xffffffff);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, true, req(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, true);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, false, req(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, false);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, req(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, req(callback));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, req(callback));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, req(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function truncateLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
                        'fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  len = truncateLength(len);
  binding.truncate(path, len, req(callback));
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    process.emitWarning('Using fs.truncateSync with a file descriptor is deprecated. Please use ' +
                        'fs.ftruncateSync with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    return ftruncateSync(path, len);
  }
  binding.truncate(getValidatedPath(path), truncateLength(len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, req(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, req(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, req(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// ------------------------------------------------------------------ the module

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync,
  cp(...args) { return require('internal/fs/cp').cp(...args); },
  cpSync(...args) { return require('internal/fs/cp').cpSync(...args); },
  createReadStream(path, options) { return new (lazyStreams().ReadStream)(path, options); },
  createWriteStream(path, options) { return new (lazyStreams().WriteStream)(path, options); },
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync,
  fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  glob(...args) { return require('internal/fs/glob').glob(...args); },
  globSync(...args) { return require('internal/fs/glob').globSync(...args); },
  lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat, lstatSync, lutimes,
  lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync,
  openAsBlob(...args) { return require('internal/fs/promises').openAsBlob(...args); },
  readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync,
  realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync,
  statfsSync, symlink, symlinkSync, truncate, truncateSync,
  unwatchFile(...args) { return require('internal/fs/watchers').unwatchFile(...args); },
  unlink, unlinkSync, utimes, utimesSync,
  watch(...args) { return require('internal/fs/watchers').watch(...args); },
  watchFile(...args) { return require('internal/fs/watchers').watchFile(...args); },
  writeFile, writeFileSync, write, writeSync, writev, writevSync, Dirent, Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { defineValue('ReadStream', v); },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { defineValue('WriteStream', v); },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { defineValue('FileReadStream', v); },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { defineValue('FileWriteStream', v); },
  get Utf8Stream() { return require('internal/fs/utf8_stream').Utf8Stream; },
  set Utf8Stream(v) { defineValue('Utf8Stream', v); },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return require('internal/fs/dir').Dir; },
  opendir(...args) { return require('internal/fs/dir').opendir(...args); },
  opendirSync(...args) { return require('internal/fs/dir').opendirSync(...args); },
  constants: fsConstants,
  get promises() { return require('internal/fs/promises').exports; },
};

// Wrapped entry points keep Node's names and lengths.
for (const [name, length] of [['cp', 4], ['cpSync', 3], ['createReadStream', 2], ['createWriteStream', 2],
                              ['glob', 3], ['globSync', 2], ['openAsBlob', 1], ['unwatchFile', 2],
                              ['watch', 3], ['watchFile', 3], ['opendir', 3], ['opendirSync', 2]]) {
  Object.defineProperty(fs[name], 'name', { __proto__: null, value: name });
  Object.defineProperty(fs[name], 'length', { __proto__: null, value: length });
}

function defineValue(name, value) {
  Object.defineProperty(fs, name, { __proto__: null, value, writable: true, enumerable: true,
                                    configurable: true });
}

let streams;
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}

// fs.F_OK & co: deprecated aliases of fs.constants (DEP0176).
let constantsWarned = false;
for (const name of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(fs, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      if (!constantsWarned) {
        constantsWarned = true;
        process.emitWarning(`fs.${name} is deprecated, use fs.constants.${name} instead`,
                            'DeprecationWarning', 'DEP0176');
      }
      return constants[name];
    },
  });
}

Object.defineProperty(fs, 'realpathError', { __proto__: null, value: realpathError, enumerable: false });
