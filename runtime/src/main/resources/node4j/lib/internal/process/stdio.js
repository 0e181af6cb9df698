'use strict';
// process.stdout, process.stderr and process.stdin, made on first access as in Node.
// stdout/stderr are Writables that write synchronously through internalBinding('process') (Node's
// behaviour for files and pipes on POSIX); with a terminal they carry isTTY, columns and rows.
// stdin is a Readable fed from fd 0 by internalBinding('stdio'); reading keeps the program alive
// only while the stream flows or someone reads it, as in Node.

const processBinding = internalBinding('process');
const stdio = internalBinding('stdio');
const Writable = require('internal/streams/writable');
const { getBuffer } = require('internal/streams/utils');

// A synchronous writer to fd 1 or 2 that never closes the fd.
class SyncWriteStream extends Writable {
  constructor(fd, options) {
    super({ autoDestroy: true, ...options });
    this.fd = fd;
    this.readable = false;
    this.autoClose = false;
  }

  _write(chunk, encoding, cb) {
    const failed = typeof chunk === 'string'
      ? processBinding.writeString(this.fd, chunk)
      : processBinding.writeBytes(this.fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // A reader that went away (`node app.js | head`) makes the stream emit 'error' (EPIPE), which,
    // unhandled, ends the program as Node's does.
    cb(failed == null ? undefined : require('util')._errnoException(failed.errno, failed.syscall));
  }

  _destroy(err, cb) {
    cb(err);
  }

  destroySoon() {
    this.destroy();
  }
}

// Node's stdout/stderr is a net.Socket on a pipe and a tty.WriteStream on a terminal: the same
// synchronous writer here, under the class name errors and inspect show.
class Socket extends SyncWriteStream {}
class WriteStream extends SyncWriteStream {}

function createWritableStdioStream(fd) {
  // Strings go to the binding as they are (it encodes them as UTF-8); Buffers as bytes.
  const type = stdio.handleType(fd);
  const Stream = type === 'PIPE' ? Socket : type === 'TTY' ? WriteStream : SyncWriteStream;
  const stream = new Stream(fd, { decodeStrings: false });
  stream._type = 'fs';
  stream._isStdio = true;
  if (stdio.isatty(fd)) {
    stream._type = 'tty';
    stream.isTTY = true;
    const size = stdio.windowSize(fd);
    if (size) {
      stream.columns = size[0];
      stream.rows = size[1];
    }
    stream.getWindowSize = function getWindowSize() {
      return [this.columns, this.rows];
    };
    stream.getColorDepth = function getColorDepth(env = process.env) {
      if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
      if (env.FORCE_COLOR === '0') return 1;
      if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
      if (/-256(color)?$/i.test(env.TERM ?? '')) return 8;
      return 4;
    };
    stream.hasColors = function hasColors(count = 16, env) {
      if (typeof count === 'object') {
        env = count;
        count = 16;
      }
      return count <= 2 ** this.getColorDepth(env);
    };
  }
  // Closing stdout/stderr is a no-op for the fd, as in Node: the stream ends but the fd stays open.
  stream.destroySoon = stream.destroy;
  stream._destroy = function(err, cb) {
    cb(err);
  };
  return stream;
}

// stdin: a Readable whose _read() starts the reader and whose pause() stops it (made on first use,
// so programs that never read stdin do not load Readable).
function makeStdinClass() {
  const Readable = require('internal/streams/readable');
  return class StdinStream extends Readable {
    constructor() {
      super({ highWaterMark: 64 * 1024 });
      this.fd = 0;
      this.bytesRead = 0;
      this.reading = false;
      if (stdio.isatty(0)) this.isTTY = true;
    }

    _read() {
      if (!this.reading) {
        this.reading = true;
        stdio.readStart();
      }
    }

    _destroy(err, cb) {
      stopReading(this);
      cb(err);
    }
  };
}

function stopReading(stream) {
  if (stream.reading) {
    stream.reading = false;
    stdio.readStop();
  }
}

let stdin;
function getStdin() {
  if (stdin) return stdin;
  if (!internalBinding('worker').isMainThread) {
    stdin = workerStdin();
    return stdin;
  }
  const StdinStream = makeStdinClass();
  stdin = new StdinStream();
  stdio.setup((arrayBuffer) => {
    if (arrayBuffer === null) {
      stopReading(stdin);
      stdin.push(null);
      return;
    }
    const B = getBuffer();
    const bytes = new Uint8Array(new ArrayBuffer(arrayBuffer));
    const chunk = B !== undefined ? B.from(bytes) : bytes.slice();
    stdin.bytesRead += chunk.length;
    // Past the high-water mark the reader stops until _read() asks again.
    if (!stdin.push(chunk)) stopReading(stdin);
  });
  // A paused stdin must not keep the program alive (Node: the handle stops reading on pause).
  stdin.on('pause', () => {
    process.nextTick(() => {
      if (stdin.isPaused()) stopReading(stdin);
    });
  });
  return stdin;
}

// A worker's process.stdin: what its parent writes to worker.stdin (the stdin option), else empty.
// Reading it keeps the worker alive until the parent ends it.
function workerStdin() {
  const Readable = require('internal/streams/readable');
  // io first: it installs the delivery function every port handle of this Context uses.
  const { kKind } = require('internal/worker/io');
  const handle = internalBinding('worker').stdinPort();
  let started = false;
  class ReadableWorkerStdio extends Readable {
    _read() {
      if (handle !== null && !started) {
        started = true;
        handle.start();
      }
    }
  }
  const stream = new ReadableWorkerStdio();
  if (handle === null) {
    stream.push(null);
    return stream;
  }
  handle.setOwner({
    [kKind](kind, data, objects) {
      if (kind === 6) { // the channel closed: the parent ended worker.stdin
        stream.push(null);
        return;
      }
      const { Buffer } = require('buffer');
      stream.push(Buffer.from(internalBinding('messaging').newArrayBuffer(objects[0])));
    },
  });
  return stream;
}

let stdout;
let stderr;
function getStdout() {
  stdout ??= createWritableStdioStream(1);
  return stdout;
}

function getStderr() {
  stderr ??= createWritableStdioStream(2);
  return stderr;
}

module.exports = { getStdout, getStderr, getStdin };
