'use strict';
// fs.ReadStream and fs.WriteStream: Readable/Writable over a descriptor (opened by _construct unless
// an fd or FileHandle is given), reading highWaterMark-sized chunks between start and end, writing
// at start or the current offset. I/O goes through options.fs (open/read/write/writev/close, the fs
// module by default) or, for a FileHandle, through its methods.

const { Readable, Writable, finished } = require('stream');
const {
  getValidatedPath, validateInteger, validateFunction, validateBoolean, stringToFlags, parseFileMode,
  allocBuffer, getOptions, isBufferLike,
} = require('internal/fs/utils');
const {
  codes: { ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kHandle = Symbol('kHandle');

function lazyFs() {
  return require('fs');
}

function isFileHandle(value) {
  const { FileHandle } = require('internal/fs/promises');
  return value instanceof FileHandle;
}

// The I/O functions a stream uses: options.fs's, or a FileHandle's in callback form.
function fileHandleFs(handle) {
  return {
    open() { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    read(fd, buffer, offset, length, position, cb) {
      handle.read(buffer, offset, length, position).then(({ bytesRead }) => cb(null, bytesRead), cb);
    },
    write(fd, buffer, offset, length, position, cb) {
      handle.write(buffer, offset, length, position).then(({ bytesWritten }) => cb(null, bytesWritten), cb);
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then(({ bytesWritten }) => cb(null, bytesWritten), cb);
    },
    fsync(fd, cb) { handle.sync().then(() => cb(null), cb); },
    close(fd, cb) { handle.close().then(() => cb(null), cb); },
  };
}

function streamFs(stream, options, needed) {
  if (stream[kHandle]) return fileHandleFs(stream[kHandle]);
  const fs = lazyFs();
  const impl = options.fs ? { ...fs, ...options.fs } : fs;
  if (options.fs) {
    for (const name of needed) {
      if (options.fs[name] !== undefined || name === 'open' || name === 'close') {
        validateFunction(impl[name], `options.fs.${name}`);
      }
    }
  }
  return impl;
}

function commonSetup(stream, path, options, defaultFlags) {
  if (options.fd != null && typeof options.fd === 'object' && isFileHandle(options.fd)) {
    stream[kHandle] = options.fd;
    stream.fd = options.fd.fd;
    options.fd.on('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
  } else if (options.fd != null) {
    validateInteger(options.fd, 'fd', 0, 2147483647);
    stream.fd = options.fd;
  } else {
    stream.fd = null;
    stream.path = typeof path === 'string' ? path : getValidatedPath(path);
    getValidatedPath(path);
  }
  if (stream.path === undefined) stream.path = undefined;
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  stream[kIsPerformingIO] = false;
}

function validateStartEnd(start, end) {
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end === undefined || end === Infinity) return;
  validateInteger(end, 'end', 0);
  if (start !== undefined && start > end) {
    throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
  }
}

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) return cb(err);
  if (!stream[kHandle] && !stream.autoClose) return cb(err);
  if (stream[kHandle] && !stream.autoClose) return cb(err);
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (er) => cb(er || err));
}

// ------------------------------------------------------------------ ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  commonSetup(this, path, options, 'r');
  this[kFs] = streamFs(this, options, ['open', 'read', 'close']);
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  validateStartEnd(this.start, options.end);
  if (this.start !== undefined) this.pos = this.start;
  if (this.fd === null) this._construct = ReadStream.prototype._constructOpen;
  Reflect.apply(Readable, this, [{ ...options, encoding: options.encoding ?? null, emitClose: options.emitClose ?? true }]);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null, get() { return this.fd === null; }, configurable: true,
});

ReadStream.prototype._constructOpen = function(callback) {
  openStream(this, callback);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = allocBuffer(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      require('internal/streams/destroy').errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ------------------------------------------------------------------ WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  commonSetup(this, path, options, 'w');
  this[kFs] = streamFs(this, options, ['open', 'write', 'close']);
  if (options.fs?.writev === undefined && !this[kHandle]) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this.flush = options.flush ?? false;
  validateBoolean(this.flush, 'options.flush');
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.fd === null) this._construct = WriteStream.prototype._constructOpen;
  Reflect.apply(Writable, this, [{ ...options, emitClose: options.emitClose ?? true }]);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null, get() { return this.fd === null; }, configurable: true,
});

WriteStream.prototype._constructOpen = function(callback) {
  openStream(this, callback);
};

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(chunks, cb) {
  const buffers = chunks.map(({ chunk }) => chunk);
  const size = buffers.reduce((n, b) => n + b.length, 0);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, buffers, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush || this.fd == null) return cb();
  this[kFs].fsync(this.fd, cb);
};

WriteStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
