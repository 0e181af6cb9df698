'use strict';
// net.Socket: a Duplex over a TCP or Pipe handle (internal/net/handles). Reading starts when the
// stream wants data and stops when push() says the buffer is full; writes go to the handle, which
// completes them at once when the kernel takes every byte (as Node's StreamBase does), else later.
// end() shuts the write side down once the queue is out; the handle is closed by destroy() and
// 'close' comes from its close callback (the loop's close phase), after 'error' on a tick.
// Connecting is internal/net/connect's.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_HANDLE_TYPE, ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
  },
  errnoException,
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateNumber, validateString,
} = require('internal/validators');
const { normalizedArgsSymbol } = require('internal/net');
const { TCP, Pipe, owner_symbol, UV_EOF, UV_ENOTCONN } = require('internal/net/handles');
const { asyncIdSymbol, defaultTriggerAsyncIdScope, newAsyncId } = require('internal/async_hooks');
const { Timeout, clearTimeout, TIMEOUT_MAX } = require('internal/timers');
const {
  lookupAndConnect, internalConnect, clearAttemptTimer, kSetNoDelay, kSetKeepAlive,
  kSetKeepAliveInitialDelay, kSetTOS, kReinitializeHandle,
} = require('internal/net/connect');

// Node's diagnostics channel for each socket that starts connecting.
const netClientSocketChannel = require('diagnostics_channel').channel('net.client.socket');

const kHandle = Symbol('kHandle');
const kTimeout = Symbol('timeout');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');

// ------------------------------------------------------------------------------------------------
// Arguments

// A string that is not a number names a pipe (a Unix socket path).
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  x = Number(x);
  return x >= 0 ? x : false;
}

// connect() and listen() take (options[, cb]), (path[, cb]) or (port[, host][, ...][, cb]): always
// [options, cb or null], marked as normalized.
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
  } else {
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const last = args[args.length - 1];
    result = [options, typeof last === 'function' ? last : null];
  }
  result[normalizedArgsSymbol] = true;
  return result;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// ------------------------------------------------------------------------------------------------
// Socket

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBufferGen] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };

  // The socket takes care of half-open itself (end of the peer's data ends the write side unless
  // allowHalfOpen), and emits 'close' from its handle's close callback.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
    this[asyncIdSymbol] = asyncIdOf(this._handle);
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('net.Socket on a file descriptor');
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (ArrayBuffer.isView(onread.buffer) || typeof onread.buffer === 'function')) {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this[kSetTOS] = undefined;

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      // Reading waits for resume(): the server was made with pauseOnConnect.
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  if (options.blockList) {
    if (!require('internal/blocklist').BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
  this.server = null;
  this._server = null;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Object.defineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  get() { return this[kHandle]; },
  set(value) { this[kHandle] = value; },
  configurable: true,
  enumerable: false,
});

// Ties the socket's handle to it: the handle knows its owner and delivers reads to it.
function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  const handle = self._handle;
  if (handle) {
    handle[owner_symbol] = self;
    handle.onread = onStreamRead;
    self[asyncIdSymbol] = asyncIdOf(handle);
  }
}

function asyncIdOf(handle) {
  return typeof handle.getAsyncId === 'function' ? handle.getAsyncId() : newAsyncId();
}

Socket.prototype[kReinitializeHandle] = function(handle) {
  this._handle?.close();
  this._handle = handle;
  this._handle[owner_symbol] = this;
  initSocketHandle(this);
};

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

// Writing after the peer ended the connection (and allowHalfOpen is off) is an EPIPE.
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof cb === 'function') {
    defaultTriggerAsyncIdScope(this[asyncIdSymbol], process.nextTick, cb, err);
  }
  this.destroy(err);
  return false;
}

// ---- reading ----

// handle.onread: `this` is the handle.
function onStreamRead(nread, buffer) {
  const handle = this;
  const stream = handle[owner_symbol];
  stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    let more;
    if (stream[kBuffer]) {
      more = deliverToUserBuffer(stream, buffer);
    } else {
      more = stream.push(buffer);
    }
    if (!more) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// The onread option: bytes are copied into the user's buffer (a new one from the generator each
// time, if given) and the callback sees how many; false from it pauses reading.
function deliverToUserBuffer(stream, data) {
  let offset = 0;
  let more = true;
  while (offset < data.length) {
    let target = stream[kBuffer];
    if (stream[kBufferGen] !== null) {
      target = stream[kBufferGen]();
      if (!ArrayBuffer.isView(target)) {
        stream.destroy(new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], target));
        return false;
      }
    }
    const view = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    const n = Math.min(view.length, data.length - offset);
    if (n === 0) break;
    view.set(data.subarray(offset, offset + n));
    offset += n;
    if (stream[kBufferCb](n, target) === false) more = false;
  }
  return more;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.read.call(this, n);
};

Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.resume.call(this);
};

// ---- writing ----

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    // The bytes wait for the connection; they are lost only if the socket closes first.
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const handle = this._handle;
  const onComplete = (status) => afterWrite(handle, status, cb);
  let status;
  if (writev) {
    const buffers = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      buffers[i] = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
    }
    status = handle.writev(buffers, onComplete);
  } else {
    const buffer = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    status = handle.writeBuffer(buffer, onComplete);
  }
  if (status < 0) {
    cb(errnoException(status, 'write'));
  } else if (status === 0) {
    cb();
  } else {
    this[kLastWriteQueueSize] = handle.writeQueueSize;
  }
};

// The end of a write the handle had to queue.
function afterWrite(handle, status, cb) {
  const stream = handle[owner_symbol];
  if (stream.destroyed) {
    cb(null);
    return;
  }
  if (status < 0) {
    cb(errnoException(status, 'write'));
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  cb(null);
}

Socket.prototype[kAfterAsyncWrite] = function() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

// The write side's end: the handle is shut down once the queued writes are out.
Socket.prototype._final = function(cb) {
  if (this.pending) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const err = this._handle.shutdown(() => cb());
  if (err === 1 || err === UV_ENOTCONN) cb();
  else if (err !== 0) cb(errnoException(err, 'shutdown'));
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

// ---- timeouts ----

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    this[kTimeout] = null;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // An unref'd timer, refreshed by activity (Node's setUnrefTimeout).
    this[kTimeout] = new Timeout(this._onTimeout.bind(this), msecs, undefined, false, false);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write is still draining: the socket is not idle as long as the queue shrinks.
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;

// ---- options ----

Socket.prototype.setNoDelay = function(enable) {
  const value = enable === undefined ? true : !!enable;
  if (!this._handle) {
    this[kSetNoDelay] = value;
    return this;
  }
  if (this._handle.setNoDelay && value !== this[kSetNoDelay]) {
    this[kSetNoDelay] = value;
    this._handle.setNoDelay(value);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.setTypeOfService = function(tos) {
  validateInt32(tos, 'tos', 0, 255);
  // Kept for the connection even when there is no socket to set it on yet.
  this[kSetTOS] = tos;
  if (this._handle?.setTypeOfService) {
    const err = this._handle.setTypeOfService(tos);
    if (err) throw errnoException(err, 'setTypeOfService');
  }
  return this;
};

Socket.prototype.getTypeOfService = function() {
  if (!this._handle?.getTypeOfService) return this[kSetTOS] ?? 0;
  const result = this._handle.getTypeOfService();
  if (result < 0) throw errnoException(result, 'getTypeOfService');
  return result;
};

// ---- state ----

Socket.prototype.address = function() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get() { return this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null,
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  __proto__: null,
  get() { return this._handle ? this._handle.bytesRead : this[kBytesRead]; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, '_bytesDispatched', {
  __proto__: null,
  get() { return this._handle ? this._handle.bytesWritten : this[kBytesWritten]; },
  configurable: true,
});

// Bytes handed to the handle, plus those still buffered in the stream or waiting for the connection.
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  __proto__: null,
  get() {
    let bytes = this._bytesDispatched;
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    const buffered = this.writableBuffer;
    if (!buffered) return undefined;
    for (const entry of buffered) {
      bytes += entry.chunk instanceof Buffer ? entry.chunk.length
        : Buffer.byteLength(entry.chunk, entry.encoding);
    }
    if (Array.isArray(data)) {
      for (const entry of data) {
        bytes += entry.chunk instanceof Buffer ? entry.chunk.length
          : Buffer.byteLength(entry.chunk, entry.encoding);
      }
    } else if (data) {
      bytes += typeof data === 'string' ? Buffer.byteLength(data, encoding) : data.length;
    }
    return bytes;
  },
  configurable: true,
});

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname || this.connecting) return this._sockname || {};
  if (!this._sockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) return out;
    this._sockname = out;
  }
  return this._sockname;
};

for (const [name, source, field] of [
  ['remoteAddress', '_getpeername', 'address'], ['remoteFamily', '_getpeername', 'family'],
  ['remotePort', '_getpeername', 'port'], ['localAddress', '_getsockname', 'address'],
  ['localPort', '_getsockname', 'port'], ['localFamily', '_getsockname', 'family'],
]) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    get() { return this[source]()[field]; },
    configurable: true,
  });
}

// ---- closing ----

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    clearTimeout(s[kTimeout]);
  }
  clearAttemptTimer(this);
  if (this._handle) {
    // Node's destroy compares the socket with process.stderr here, which makes process.stderr (a
    // handle process.getActiveResourcesInfo() lists when stderr is a pipe or terminal).
    void process.stderr;
    const hadError = !!exception;
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', hadError));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else if (this._closeAfterHandlingError) {
      // The socket stays usable while 'error' is handled on the next tick.
      queueMicrotask(() => closeSocketHandle(this, hadError));
    } else {
      closeSocketHandle(this, hadError);
    }
    if (!this._closeAfterHandlingError) {
      this._handle.onread = noop;
      this._handle = null;
      this._sockname = null;
    }
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function noop() {}

function closeSocketHandle(self, hadError) {
  if (self._handle) {
    self._handle.close(() => self.emit('close', hadError));
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// ---- connecting ----

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }

  const { path } = options;
  const pipe = !!path;
  if (!pipe && options.port === undefined) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (!this._handle) {
    this._handle = pipe ? new Pipe(0) : new TCP(0);
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  if (netClientSocketChannel.hasSubscribers) netClientSocketChannel.publish({ socket: this });
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    defaultTriggerAsyncIdScope(this[asyncIdSymbol], internalConnect, this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

module.exports = {
  Socket, normalizeArgs, isPipeName, toNumber, kHandle, getTimerDuration,
};
