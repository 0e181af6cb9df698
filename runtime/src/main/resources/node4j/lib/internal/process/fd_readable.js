'use strict';
// A Readable of an fd read on a thread of its own (internalBinding('stdio').reader): process.stdin on
// a pipe or file, and, under tty.ReadStream, on a terminal. Reading runs only while the stream wants
// data, so a paused stream does not keep the program alive. Shown as Node's class for these streams:
// Socket.

const Readable = require('internal/streams/readable');
const { kFd } = require('internal/fs/sync_write_stream');
const { getBuffer } = require('internal/streams/utils');

const kReader = Symbol('kReader');
const kReading = Symbol('kReading');

function FdReadable(fd, options) {
  Readable.call(this, options);
  this[kFd] = fd;
  this[kReader] = null;
  this[kReading] = false;
}
Object.setPrototypeOf(FdReadable.prototype, Readable.prototype);
Object.setPrototypeOf(FdReadable, Readable);
Object.defineProperty(FdReadable, 'name', { value: 'Socket' });

// The binding's reader of the stream's fd, made on first need (reading, or a terminal mode change).
function readerOf(stream) {
  if (stream[kReader] === null) {
    stream[kReader] = internalBinding('stdio').reader(stream[kFd], (arrayBuffer) => {
      if (arrayBuffer === null) {
        stream._pauseReading();
        stream.push(null);
        return;
      }
      const B = getBuffer();
      const bytes = new Uint8Array(new ArrayBuffer(arrayBuffer));
      const chunk = B !== undefined ? B.from(bytes) : bytes.slice();
      if (typeof stream.bytesRead === 'number') stream.bytesRead += chunk.length;
      // Past the high-water mark the reader stops until _read() asks again.
      if (!stream.push(chunk)) stream._pauseReading();
    });
  }
  return stream[kReader];
}

FdReadable.prototype._read = function _read() {
  if (!this[kReading]) {
    this[kReading] = true;
    readerOf(this).readStart();
  }
};

FdReadable.prototype._destroy = function _destroy(err, cb) {
  this[kReading] = false;
  this[kReader]?.close();
  cb(err);
};

// Stops reading the fd until the next _read() (non-enumerable: not one of Node's names).
Object.defineProperty(FdReadable.prototype, '_pauseReading', {
  value: function _pauseReading() {
    if (this[kReading]) {
      this[kReading] = false;
      this[kReader].readStop();
    }
  },
  writable: true,
  configurable: true,
});

module.exports = { FdReadable, readerOf };
