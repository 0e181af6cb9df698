'use strict';
// node:tty: isatty, and the streams of a terminal: WriteStream (process.stdout/stderr on a terminal)
// and ReadStream (process.stdin on one). Node's are net.Sockets over a libuv tty handle; here the
// WriteStream writes synchronously (Node makes terminals blocking too) and the ReadStream reads on a
// thread of its own (internalBinding('stdio').reader), with raw mode through termios.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
} = require('internal/errors');
const { SyncWriteStream, kFd } = require('internal/fs/sync_write_stream');
const { FdReadable, readerOf } = require('internal/process/fd_readable');
const { getColorDepth, hasColors } = require('internal/tty');

const stdio = internalBinding('stdio');
const EINVAL = -22;
const ENOTTY = -25;
// The terminal modes of internalBinding('stdio').reader().setMode, as libuv numbers them.
const MODE_NORMAL = 0;
const MODE_RAW = 1;
const MODE_IO = 2;

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

// What uv_tty_init accepts: a terminal, or a pipe or socket (it then works as a plain stream).
function checkFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const type = stdio.handleType(fd);
  if (type !== 'TTY' && type !== 'PIPE') {
    throw new ERR_TTY_INIT_FAILED({
      errno: EINVAL, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
  }
}

function errnoException(errno, syscall) {
  return require('util')._errnoException(errno, syscall);
}

function ReadStream(fd, options) {
  if (!new.target) return new ReadStream(fd, options);
  checkFd(fd);
  FdReadable.call(this, fd, { highWaterMark: 0, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, FdReadable.prototype);
Object.setPrototypeOf(ReadStream, FdReadable);

// mode: true or 'raw' (libuv's raw mode), 'io' (raw, and output sent as it is: no NL to CR NL), or
// false for the terminal's own settings; other strings are refused, other values taken as booleans.
ReadStream.prototype.setRawMode = function setRawMode(mode) {
  if (typeof mode === 'string' && mode !== 'raw' && mode !== 'io') {
    throw new ERR_INVALID_ARG_VALUE('mode', mode, "must be true, false, 'raw', or 'io'");
  }
  const code = mode === 'io' ? MODE_IO : mode ? MODE_RAW : MODE_NORMAL;
  if (!this.destroyed) {
    const err = readerOf(this).setMode(code);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
  }
  this.isRaw = code !== MODE_NORMAL;
  return this;
};

// What a Node tty.WriteStream is under its own prototype: a socket; here the synchronous writer.
function WritableSocket(fd, options) {
  SyncWriteStream.call(this, fd, options);
}
Object.setPrototypeOf(WritableSocket.prototype, SyncWriteStream.prototype);
Object.setPrototypeOf(WritableSocket, SyncWriteStream);
Object.defineProperty(WritableSocket, 'name', { value: 'Socket' });

function WriteStream(fd) {
  if (!new.target) return new WriteStream(fd);
  checkFd(fd);
  WritableSocket.call(this, fd, { decodeStrings: false });
  const size = stdio.windowSize(fd);
  if (size) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, WritableSocket.prototype);
Object.setPrototypeOf(WriteStream, WritableSocket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Reads the terminal's size again and emits 'resize' when it changed (on SIGWINCH for stdout/stderr).
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = stdio.windowSize(this[kFd]);
  if (!size) {
    this.emit('error', errnoException(ENOTTY, 'getWindowSize'));
    return;
  }
  const [columns, rows] = size;
  if (columns !== this.columns || rows !== this.rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return require('internal/readline/callbacks').cursorTo(this, x, y, callback);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return require('internal/readline/callbacks').moveCursor(this, dx, dy, callback);
};

WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return require('internal/readline/callbacks').clearLine(this, dir, callback);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return require('internal/readline/callbacks').clearScreenDown(this, callback);
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
