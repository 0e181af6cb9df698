'use strict';
// A Writable that has written each chunk to its fd before write() returns: process.stdout and stderr
// on files and pipes (Node's behaviour on POSIX) and tty.WriteStream (Node makes terminals blocking
// so that output is neither interleaved nor lost at exit). fd 1 and 2 are the instance's own streams
// (internalBinding('process'): in a worker they lead to the parent); other fds are fs's. The fd is
// kept under a symbol: tty.WriteStream has no `fd` property; the stdio streams set one.

const Writable = require('internal/streams/writable');

const kFd = Symbol('kFd');
let processBinding;

function SyncWriteStream(fd, options) {
  Writable.call(this, { autoDestroy: true, ...options });
  this[kFd] = fd;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
  cb(writeAll(this[kFd], chunk));
};

SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

SyncWriteStream.prototype.destroySoon = function destroySoon() {
  this.destroy();
};

// Writes chunk (a string, written as UTF-8, or a Uint8Array) whole; returns the error, if any. A
// reader that went away (`node app.js | head`) gives EPIPE, which the stream emits as 'error' and,
// unhandled, ends the program as Node's does.
function writeAll(fd, chunk) {
  if (fd === 1 || fd === 2) {
    processBinding ??= internalBinding('process');
    const failed = typeof chunk === 'string'
      ? processBinding.writeString(fd, chunk)
      : processBinding.writeBytes(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    return failed == null ? undefined : require('util')._errnoException(failed.errno, failed.syscall);
  }
  const fs = require('fs');
  try {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let done = 0; done < bytes.byteLength;) {
      done += fs.writeSync(fd, bytes, done, bytes.byteLength - done);
    }
    return undefined;
  } catch (err) {
    return err;
  }
}

module.exports = { SyncWriteStream, kFd };
