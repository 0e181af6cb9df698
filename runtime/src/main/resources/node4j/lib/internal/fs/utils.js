'use strict';
// What every fs entry point shares: fs.constants, argument checks (paths, descriptors, flags, modes,
// encodings, buffers, positions), the Stats/BigIntStats/Dirent classes, Node's errors from binding
// reports, and the ArrayBuffer <-> Buffer bridge.

const rawBinding = internalBinding('fs');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_FILE_URL_HOST, ERR_FS_EISDIR,
  },
  systemError,
} = require('internal/errors');
const {
  validateInteger, validateInt32, validateUint32, validateObject, validateFunction, validateBoolean,
  validateOneOf,
} = require('internal/validators');

const constants = Object.freeze({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, S_IFMT: 0o170000, S_IFREG: 0o100000,
  S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000, S_IFIFO: 0o10000, S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000, O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0,
  UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000, S_IRWXU: 0o700,
  S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20,
  S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1, F_OK: 0, R_OK: 4, W_OK: 2,
  X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
// Node's constants object has a plain prototype; freeze a copy made from the table above.
const fsConstants = Object.assign({}, constants);

const kEmptyObject = Object.freeze({ __proto__: null });
const kType = Symbol('type');
const kStats = Symbol('stats');

// ------------------------------------------------------------------ errors

// A binding's failure report as Node's error ("ENOENT: no such file or directory, open 'x'").
function uvError(report) {
  if (report.code === 'EISDIR' && report.syscall === 'rm') {
    return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path: report.path,
                               syscall: 'rm', errno: 21 });
  }
  return systemError(report);
}
rawBinding.setup(uvError);

// The binding as lib/ calls it. Its methods that run on the pool when given a callback run on the
// calling thread without one, and then answer a failure with its report, thrown here: the same error
// thrown from Java into JS cost ~380 µs more a call (a failing statSync was ~65× Node's).
const kSyncCapable = [
  'open', 'close', 'read', 'writeBuffer', 'writeString', 'fsync', 'fdatasync', 'ftruncate', 'readFile',
  'readFileStat', 'readFileChunk', 'readFileResult', 'writeFile', 'stat', 'lstat', 'fstat', 'statfs', 'access',
  'readdir', 'opendir', 'dirRead', 'dirClose', 'mkdir', 'mkdtemp', 'rmdir', 'rm', 'unlink', 'rename', 'link',
  'symlink', 'readlink', 'realpath', 'copyFile', 'chmod', 'fchmod', 'lchmod', 'chown', 'fchown', 'utimes',
  'futimes', 'truncate',
];
const binding = { __proto__: null };
for (const name of Object.keys(rawBinding)) {
  if (typeof rawBinding[name] !== 'function') continue;
  // A host method read once is callable on its own: the others go to lib/ as they are.
  const method = rawBinding[name];
  binding[name] = kSyncCapable.includes(name) ? function(...args) {
    const result = method(...args);
    if (result !== null && typeof result === 'object' && typeof result.syscall === 'string' &&
        typeof result.errno === 'number') {
      throw uvError(result);
    }
    return result;
  } : method;
}

// A binding callback: req(report, result) → cb(err) or cb(null, map(result)).
function req(cb, map) {
  return (report, result) => {
    if (report) cb(uvError(report));
    else cb(null, map === undefined ? result : map(result));
  };
}

const { AbortError, errorWithMessage } = require('internal/errors');

// ------------------------------------------------------------------ buffers

let bufferModule;
function lazyBuffer() {
  if (bufferModule === undefined) {
    try {
      bufferModule = require('buffer');
    } catch {
      bufferModule = null;
    }
  }
  return bufferModule;
}

// A Buffer over the memory of an ArrayBuffer (no copy).
function toBuffer(arrayBuffer, offset = 0, length = arrayBuffer.byteLength - offset) {
  const b = lazyBuffer();
  if (b) return b.Buffer.from(arrayBuffer, offset, length);
  return new Uint8Array(arrayBuffer, offset, length);
}

function allocBuffer(size) {
  const b = lazyBuffer();
  return b ? b.Buffer.allocUnsafe(size) : new Uint8Array(size);
}

function isBufferLike(value) {
  return ArrayBuffer.isView(value);
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

// A ByteBuffer the binding returned, as a Buffer (its memory wrapped, not copied).
function fromJava(byteBuffer) {
  return toBuffer(new ArrayBuffer(byteBuffer));
}

// ------------------------------------------------------------------ encodings

const encodings = {
  __proto__: null, utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le',
  utf16le: 'utf16le', 'utf-16le': 'utf16le', latin1: 'latin1', binary: 'latin1', base64: 'base64',
  base64url: 'base64url', hex: 'hex', ascii: 'ascii',
};

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  return encodings[enc] ?? encodings[enc.toLowerCase()];
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && normalizeEncoding(encoding) === undefined) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// options as a string (the encoding) or an object, merged over defaults; the encoding is checked.
function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// A string or bytes result in the asked encoding ('buffer': a Buffer of its UTF-8 bytes).
function encodeResult(text, encoding) {
  if (encoding === 'buffer') return fromJava(binding.encode(text, 'utf8'));
  if (encoding == null || normalizeEncoding(encoding) === 'utf8') return text;
  return binding.decode(new Uint8Array(new ArrayBuffer(binding.encode(text, 'utf8'))).buffer, 0,
                        byteLengthUtf8(text), normalizeEncoding(encoding));
}

function byteLengthUtf8(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
             (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

// ------------------------------------------------------------------ paths

function isURL(value) {
  return value != null && typeof value === 'object' && value.href !== undefined &&
         value.protocol !== undefined && value.auth === undefined && value.path === undefined;
}

function fileURLToPath(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== undefined) {
    throw new ERR_INVALID_FILE_URL_HOST('linux');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

// A path argument (string, Buffer/Uint8Array, file: URL) as the string the binding takes.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path.includes(0)) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return binding.decodePath(path.buffer, path.byteOffset, path.byteLength);
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// ------------------------------------------------------------------ flags, modes, times

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return constants.O_RDONLY;
  const { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY } = constants;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

const octalRe = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// The C++ layer's own wording for access/copyFile modes (floats are truncated, as an int32 cast).
function getValidMode(mode, type) {
  if (mode == null) return type === 'copyFile' ? 0 : constants.F_OK;
  if (typeof mode !== 'number') {
    throw errorWithMessage('ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!(mode >= 0 && mode <= 7)) {
    throw errorWithMessage('ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode | 0;
}

// ------------------------------------------------------------------ buffers and positions

function validateBuffer(buffer, name = 'buffer') {
  if (!isBufferLike(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A read/write position: null/undefined/-1 mean "the current offset" (-1 for the binding).
function validatePosition(position, name = 'position', length) {
  if (position == null) return -1;
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length ?? 0);
    if (!(position >= -1n && position <= max)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
    return Number(position);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

// Copies what the binding read (a ByteBuffer) into view[offset...]; returns the count.
// ------------------------------------------------------------------ Stats

const kNsPerMsBigInt = 1_000_000n;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(constants.S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(constants.S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(constants.S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(constants.S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(constants.S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(constants.S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(constants.S_IFSOCK); };

// The Date fields are made when first read (and may be assigned), as Node's are.
function defineDateGetters(proto, fromMs) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const cache = Symbol(name);
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() { return this[cache] ??= fromMs(this[`${name}Ms`]); },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true,
                                            configurable: true });
      },
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
               birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
defineDateGetters(Stats.prototype, dateFromMs);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & constants.S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs,
                     ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
defineDateGetters(BigIntStats.prototype, dateFromMs);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(constants.S_IFMT)) === BigInt(property);
};

// Stats from the binding's 18 numbers (see FsBinding.statsArray).
function getStats(a, bigint = false) {
  if (a == null) return undefined;
  if (bigint) {
    const ns = (i) => BigInt(a[i]) * 1_000_000_000n + BigInt(a[i + 1]);
    return new BigIntStats(BigInt(a[0]), BigInt(a[1]), BigInt(a[2]), BigInt(a[3]), BigInt(a[4]),
                           BigInt(a[5]), BigInt(a[6]), BigInt(a[7]), BigInt(a[8]), BigInt(a[9]),
                           ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], ms(10), ms(12), ms(14),
                   ms(16));
}

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = frsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFs(a, bigint) {
  const v = (i) => (bigint ? BigInt(a[i]) : a[i]);
  return new StatFs(v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7));
}

// ------------------------------------------------------------------ Dirent

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// The binding's [name, type, name, type...] as Dirents of `dir` (names in the asked encoding).
// The binding lists a directory as one string (one crossing, not one per entry): entries separated by
// NUL, which no name contains; with types, each entry starts with its UV_DIRENT_* type as one digit.
function splitListing(listing) {
  return listing === '' ? [] : listing.split('\0');
}

function direntsFrom(listing, dir, encoding) {
  const entries = splitListing(listing);
  const out = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    out.push(new Dirent(encodeResult(entry.slice(1), encoding), entry.charCodeAt(0) - 48, dir));
  }
  return out;
}

function namesFrom(listing, encoding) {
  const names = splitListing(listing);
  if (encoding == null || normalizeEncoding(encoding) === 'utf8') return names;
  for (let i = 0; i < names.length; i++) names[i] = encodeResult(names[i], encoding);
  return names;
}

// ------------------------------------------------------------------ rm options

function validateRmOptions(options, expectDir) {
  options = { recursive: false, force: false, retryDelay: 100, maxRetries: 0, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmdirOptions(options) {
  if (options === undefined) return { recursive: false };
  validateObject(options, 'options');
  const recursive = options.recursive ?? false;
  validateBoolean(recursive, 'options.recursive');
  return { recursive };
}

module.exports = {
  AbortError, binding, constants, fsConstants, kEmptyObject, kType, kStats, uvError, req, lazyBuffer, toBuffer,
  allocBuffer, isBufferLike, isUint8Array, fromJava, normalizeEncoding, assertEncoding,
  getOptions, validateAbortSignal, encodeResult, isURL, fileURLToPath, toPathIfFileURL, getValidatedPath,
  getValidatedFd, stringToFlags, parseFileMode, toUnixTimestamp, validateBuffer,
  validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition, Stats, BigIntStats,
  StatsBase, getStats, StatFs, getStatFs, Dirent, splitListing, direntsFrom, namesFrom, validateRmOptions,
  validateRmdirOptions, validateFunction, validateObject, validateBoolean, validateInteger, validateInt32,
  validateUint32, validateOneOf, getValidMode,
};
