'use strict';
// process.stdout, process.stderr and process.stdin, made on first access as in Node.
// stdout/stderr are Writables that write synchronously through internalBinding('process') (Node's
// behaviour for files and pipes on POSIX); with a terminal they carry isTTY, columns and rows.
// stdin is a Readable fed from fd 0 by internalBinding('stdio'); reading keeps the program alive
// only while the stream flows or someone reads it, as in Node. On a terminal they are tty streams.

const stdio = internalBinding('stdio');
const { SyncWriteStream } = require('internal/fs/sync_write_stream');

// Node's stdout/stderr is a net.Socket on a pipe: the same synchronous writer here, under the class
// name errors and inspect show.
class Socket extends SyncWriteStream {}

// A terminal or pipe on fd 0-2 is a handle in Node (TTYWrap, PipeWrap), ref'd from the moment the
// stream is made, reading or not: process.getActiveResourcesInfo() lists it until the stream closes.
// Files are not handles there.
function trackStdioHandle(stream, type) {
  if (type !== 'TTY' && type !== 'PIPE') return;
  if (!internalBinding('worker').isMainThread) return;
  const untrack = require('internal/process/active_resources')
    .trackHandle(stream, type === 'TTY' ? 'TTYWrap' : 'PipeWrap', () => true);
  stream.once('close', untrack);
}

function createWritableStdioStream(fd) {
  // Strings go to the binding as they are (it encodes them as UTF-8); Buffers as bytes.
  const type = stdio.handleType(fd);
  let stream;
  if (type === 'TTY') {
    const { WriteStream } = require('tty');
    stream = new WriteStream(fd);
    stream._type = 'tty';
  } else {
    stream = new (type === 'PIPE' ? Socket : SyncWriteStream)(fd, { decodeStrings: false });
    stream._type = 'fs';
    stream.readable = false;
    stream.autoClose = false;
  }
  stream.fd = fd;
  stream._isStdio = true;
  // Closing stdout/stderr is a no-op for the fd, as in Node: the stream ends but the fd stays open.
  stream.destroySoon = stream.destroy;
  stream._destroy = function(err, cb) {
    cb(err);
  };
  trackStdioHandle(stream, type);
  if (stream.isTTY) {
    // A terminal's new size shows in columns/rows (and a 'resize' event) on SIGWINCH.
    process.on('SIGWINCH', () => stream._refreshSize());
  }
  return stream;
}

let stdin;
function getStdin() {
  if (stdin) return stdin;
  if (!internalBinding('worker').isMainThread) {
    stdin = workerStdin();
    return stdin;
  }
  const type = stdio.handleType(0);
  if (type === 'TTY') {
    const { ReadStream } = require('tty');
    stdin = new ReadStream(0);
  } else {
    const { FdReadable } = require('internal/process/fd_readable');
    stdin = new FdReadable(0, { highWaterMark: 64 * 1024 });
    stdin.bytesRead = 0;
  }
  stdin.fd = 0;
  trackStdioHandle(stdin, type);
  // A paused stdin must not keep the program alive (Node: the handle stops reading on pause).
  stdin.on('pause', () => {
    process.nextTick(() => {
      if (stdin.isPaused()) stdin._pauseReading();
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
        handle.ref();
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
