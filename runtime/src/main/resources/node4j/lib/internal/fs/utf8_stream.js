'use strict';
// fs.Utf8Stream (Node 24.6+, experimental): a fast writer to a file or fd for loggers, after the
// sonic-boom module's design. Writes are gathered in a buffer (strings in 'utf8' mode, Buffers in
// 'buffer' mode, in chunks of at most maxWrite) and written once at least minLength is buffered;
// sync mode writes with writeSync as data comes. Events: ready, write (bytes), drain, drop (data over
// maxLength), finish, close, error. EAGAIN/EBUSY retry through retryEAGAIN after 100 ms.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE, ERR_OPERATION_FAILED },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateObject, validateOneOf, validateUint32,
} = require('internal/validators');

const kBusyRetryMs = 100;
// Not more than a pipe to Docker's log copier takes at once (sonic-boom's choice).
const kMaxWrite = 16 * 1024;
const kEmptyBuffer = Buffer.alloc(0);

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isRetryable(err) {
  return err.code === 'EAGAIN' || err.code === 'EBUSY';
}

function destroyedError() {
  return new ERR_INVALID_STATE('Utf8Stream is destroyed');
}

class Utf8Stream extends EventEmitter {
  #fs;
  #fd = -1;
  #file = null;
  #mode;
  #append;
  #mkdir;
  #sync;
  #fsync;
  #minLength;
  #maxLength;
  #maxWrite;
  #hwm;
  #retryEAGAIN;
  #periodicFlush;
  #periodicTimer;
  #buffers; // true: 'buffer' content mode
  #bufs = []; // pending chunks: strings, or { list: Buffer[], length } in buffer mode
  #len = 0; // pending characters (utf8 mode) or bytes
  #writingBuf; // what is being written ('' or an empty Buffer when nothing)
  #writing = false;
  #ending = false;
  #reopening = false;
  #opening = false;
  #destroyed = false;
  #flushPending = false;
  #asyncDrainScheduled = false;

  constructor(options = {}) {
    validateObject(options, 'options');
    super();
    const {
      fd, dest, minLength = 0, maxLength = 0, maxWrite = kMaxWrite, periodicFlush = 0, sync = false,
      append = true, mode, mkdir = false, retryEAGAIN = () => true, fsync = false,
      contentMode = 'utf8', fs: fsOverride,
    } = options;
    validateUint32(minLength, 'options.minLength');
    validateUint32(maxLength, 'options.maxLength');
    validateUint32(maxWrite, 'options.maxWrite');
    if (typeof periodicFlush !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.periodicFlush', 'number', periodicFlush);
    }
    validateBoolean(sync, 'options.sync');
    validateBoolean(append, 'options.append');
    validateFunction(retryEAGAIN, 'options.retryEAGAIN');
    validateOneOf(contentMode, 'options.contentMode', ['buffer', 'utf8']);
    this.#fs = fsOverride ?? require('fs');
    this.#minLength = minLength;
    this.#maxLength = maxLength;
    this.#maxWrite = maxWrite;
    this.#hwm = Math.max(minLength, 16387);
    this.#periodicFlush = periodicFlush;
    this.#sync = sync;
    this.#append = append;
    this.#mode = mode;
    this.#mkdir = mkdir;
    this.#fsync = fsync;
    this.#retryEAGAIN = retryEAGAIN;
    this.#buffers = contentMode === 'buffer';
    this.#writingBuf = this.#buffers ? kEmptyBuffer : '';

    const target = fd ?? dest;
    if (typeof target === 'number') {
      this.#fd = target;
      process.nextTick(() => this.emit('ready'));
    } else if (typeof target === 'string') {
      this.#openFile(target);
    } else {
      throw new ERR_INVALID_ARG_TYPE('fd', ['number', 'string'], target);
    }
    // A 'drain' listener added after a sync write scheduled one lets the next one be scheduled too.
    this.on('newListener', (name) => {
      if (name === 'drain') this.#asyncDrainScheduled = false;
    });
    if (periodicFlush > 0) {
      this.#periodicTimer = setInterval(() => this.flush(null), periodicFlush);
      this.#periodicTimer.unref();
    }
  }

  // ---- opening ----

  #openFile(file) {
    this.#opening = true;
    this.#writing = true;
    const fs = this.#fs;
    const flags = this.#append ? 'a' : 'w';
    const opened = (err, fd) => this.#fileOpened(file, err, fd);
    if (this.#sync) {
      try {
        if (this.#mkdir) fs.mkdirSync(require('path').dirname(file), { recursive: true });
        opened(null, fs.openSync(file, flags, this.#mode));
      } catch (err) {
        opened(err);
        throw err;
      }
    } else if (this.#mkdir) {
      fs.mkdir(require('path').dirname(file), { recursive: true }, (err) => {
        if (err) return opened(err);
        fs.open(file, flags, this.#mode, opened);
      });
    } else {
      fs.open(file, flags, this.#mode, opened);
    }
  }

  #fileOpened(file, err, fd) {
    if (err) {
      this.#reopening = false;
      this.#writing = false;
      this.#opening = false;
      if (this.#sync) process.nextTick(() => this.emit('error', err));
      else this.emit('error', err);
      return;
    }
    const reopening = this.#reopening;
    this.#fd = fd;
    this.#file = file;
    this.#reopening = false;
    this.#opening = false;
    this.#writing = false;
    if (this.#sync) process.nextTick(() => this.emit('ready'));
    else this.emit('ready');
    if (this.#destroyed) return;
    if ((!this.#writing && this.#len > this.#minLength) || this.#flushPending) {
      this.#actualWrite();
    } else if (reopening) {
      process.nextTick(() => this.emit('drain'));
    }
  }

  // ---- writing ----

  write(data) {
    if (this.#destroyed) throw destroyedError();
    if (this.#buffers) {
      if (!Buffer.isBuffer(data)) throw new ERR_INVALID_ARG_TYPE('data', 'Buffer', data);
    } else if (typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', 'string', data);
    }
    const len = this.#len + data.length;
    if (this.#maxLength && len > this.#maxLength) {
      this.emit('drop', data);
      return this.#len < this.#hwm;
    }
    const bufs = this.#bufs;
    const last = bufs.length === 0 ? undefined : bufs[bufs.length - 1];
    if (this.#buffers) {
      if (last === undefined || last.length + data.length > this.#maxWrite) {
        bufs.push({ list: [data], length: data.length });
      } else {
        last.list.push(data);
        last.length += data.length;
      }
    } else if (last === undefined || last.length + data.length > this.#maxWrite) {
      bufs.push(data);
    } else {
      bufs[bufs.length - 1] = last + data;
    }
    this.#len = len;
    if (!this.#writing && this.#len >= this.#minLength) this.#actualWrite();
    return this.#len < this.#hwm;
  }

  #nextChunk() {
    const chunk = this.#bufs.shift();
    if (chunk === undefined) return this.#buffers ? kEmptyBuffer : '';
    return this.#buffers ? Buffer.concat(chunk.list, chunk.length) : chunk;
  }

  #actualWrite() {
    this.#writing = true;
    if (this.#writingBuf.length === 0) this.#writingBuf = this.#nextChunk();
    const fs = this.#fs;
    if (this.#sync) {
      let written;
      try {
        written = this.#buffers ? fs.writeSync(this.#fd, this.#writingBuf) : fs.writeSync(this.#fd, this.#writingBuf, null, 'utf8');
      } catch (err) {
        this.#release(err);
        return;
      }
      this.#release(null, written);
    } else if (this.#buffers) {
      fs.write(this.#fd, this.#writingBuf, (err, n) => this.#release(err, n));
    } else {
      fs.write(this.#fd, this.#writingBuf, null, 'utf8', (err, n) => this.#release(err, n));
    }
  }

  // What is left of buf after n bytes of it were written. A string is cut after the last character
  // whose bytes all went; as in Node, the bytes of a character written only in part are sent again
  // with the rest (so such a character is corrupted in the file).
  #afterWrite(buf, n) {
    if (this.#buffers) return buf.subarray(n);
    if (Buffer.byteLength(buf) === n) return '';
    let bytes = 0;
    let i = 0;
    while (i < buf.length) {
      const cp = buf.codePointAt(i);
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > n) break;
      bytes += size;
      i += cp > 0xffff ? 2 : 1;
    }
    return buf.slice(i);
  }

  #consumed(before, after) {
    this.#len = Math.max(this.#len - (before.length - after.length), 0);
  }

  #release(err, n) {
    if (err) {
      if (isRetryable(err) && this.#retryEAGAIN(err, this.#writingBuf.length, this.#len - this.#writingBuf.length)) {
        // Wait, then write the same bytes again: in sync mode as a write of 0 bytes ('write' 0)
        // whose remainder is written at once, as Node does.
        if (this.#sync) {
          try {
            sleepSync(kBusyRetryMs);
            this.#release(undefined, 0);
          } catch (retryErr) {
            this.#release(retryErr);
          }
        } else {
          setTimeout(() => this.#actualWriteAgain(), kBusyRetryMs);
        }
        return;
      }
      this.#writing = false;
      this.emit('error', err);
      return;
    }
    this.emit('write', n);
    const before = this.#writingBuf;
    this.#writingBuf = this.#afterWrite(before, n);
    this.#consumed(before, this.#writingBuf);
    if (this.#writingBuf.length > 0) {
      if (!this.#sync) {
        this.#actualWriteAgain();
        return;
      }
      try {
        do {
          const chunk = this.#writingBuf;
          const written = this.#buffers ? this.#fs.writeSync(this.#fd, chunk) : this.#fs.writeSync(this.#fd, chunk, null, 'utf8');
          this.#writingBuf = this.#afterWrite(chunk, written);
          this.#consumed(chunk, this.#writingBuf);
        } while (this.#writingBuf.length > 0);
      } catch (writeErr) {
        this.#release(writeErr);
        return;
      }
    }
    if (this.#fsync) this.#fs.fsyncSync(this.#fd);
    const len = this.#len;
    if (this.#reopening) {
      this.#writing = false;
      this.#reopening = false;
      this.reopen();
    } else if (len > this.#minLength) {
      this.#actualWrite();
    } else if (this.#ending) {
      if (len > 0) {
        this.#actualWrite();
      } else {
        this.#writing = false;
        this.#actualClose();
      }
    } else {
      this.#writing = false;
      if (this.#sync) {
        if (!this.#asyncDrainScheduled) {
          this.#asyncDrainScheduled = true;
          process.nextTick(() => {
            if (this.listenerCount('drain') === 0) return;
            this.#asyncDrainScheduled = false;
            this.emit('drain');
          });
        }
      } else {
        this.emit('drain');
      }
    }
  }

  // Writes the rest of #writingBuf.
  #actualWriteAgain() {
    this.#writing = true;
    if (this.#writingBuf.length === 0 || this.#sync) {
      this.#actualWrite();
      return;
    }
    if (this.#buffers) {
      this.#fs.write(this.#fd, this.#writingBuf, (err, n) => this.#release(err, n));
    } else {
      this.#fs.write(this.#fd, this.#writingBuf, null, 'utf8', (err, n) => this.#release(err, n));
    }
  }

  // ---- flushing ----

  flush(cb) {
    if (cb != null) validateFunction(cb, 'cb');
    if (this.#destroyed) {
      if (cb) {
        cb(destroyedError());
        return;
      }
      throw destroyedError();
    }
    if (this.#minLength <= 0) {
      cb?.();
      return;
    }
    if (cb) this.#callOnDrain(cb);
    if (this.#writing) return;
    if (this.#bufs.length === 0) this.#bufs.push(this.#buffers ? { list: [], length: 0 } : '');
    this.#actualWrite();
  }

  #callOnDrain(cb) {
    this.#flushPending = true;
    const onDrain = () => {
      this.off('error', onError);
      if (this.#fsync) {
        this.#flushPending = false;
        cb();
        return;
      }
      this.#fs.fsync(this.#fd, (err) => {
        this.#flushPending = false;
        cb(err);
      });
    };
    const onError = (err) => {
      this.#flushPending = false;
      this.off('drain', onDrain);
      cb(err);
    };
    this.once('drain', onDrain);
    this.once('error', onError);
  }

  flushSync() {
    if (this.#destroyed) throw destroyedError();
    if (this.#fd < 0) throw new ERR_INVALID_STATE('Invalid file descriptor');
    if (!this.#writing && this.#writingBuf.length > 0) {
      this.#bufs.unshift(this.#buffers ? { list: [this.#writingBuf], length: this.#writingBuf.length } : this.#writingBuf);
      this.#writingBuf = this.#buffers ? kEmptyBuffer : '';
    }
    let buf = this.#buffers ? kEmptyBuffer : '';
    while (this.#bufs.length > 0 || buf.length > 0) {
      if (buf.length === 0) buf = this.#nextChunk();
      try {
        const n = this.#buffers ? this.#fs.writeSync(this.#fd, buf) : this.#fs.writeSync(this.#fd, buf, null, 'utf8');
        const rest = this.#afterWrite(buf, n);
        this.#consumed(buf, rest);
        buf = rest;
      } catch (err) {
        if (!isRetryable(err) || !this.#retryEAGAIN(err, buf.length, this.#len - buf.length)) throw err;
        sleepSync(kBusyRetryMs);
      }
    }
    try {
      this.#fs.fsyncSync(this.#fd);
    } catch {
      // Some fds (pipes, terminals) cannot be synced.
    }
  }

  // ---- reopening, ending, closing ----

  reopen(file) {
    if (this.#destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => this.reopen(file));
      return;
    }
    if (this.#ending) return;
    if (!this.#file) {
      // Node's wording, which still names sonic-boom.
      throw new ERR_OPERATION_FAILED('Unable to reopen a file descriptor, you must pass a file to SonicBoom');
    }
    if (file) this.#file = file;
    this.#reopening = true;
    if (this.#writing) return;
    const oldFd = this.#fd;
    this.once('ready', () => {
      if (oldFd !== this.#fd) {
        this.#fs.close(oldFd, (err) => {
          if (err) this.emit('error', err);
        });
      }
    });
    this.#openFile(this.#file);
  }

  end() {
    if (this.#destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => this.end());
      return;
    }
    if (this.#ending) return;
    this.#ending = true;
    if (this.#writing) return;
    if (this.#len > 0 && this.#fd >= 0) this.#actualWrite();
    else this.#actualClose();
  }

  destroy() {
    if (this.#destroyed) return;
    this.#actualClose();
  }

  [Symbol.dispose]() {
    this.destroy();
  }

  // ---- state, as getters (after the methods, in Node's order) ----

  get mode() { return this.#mode; }
  get file() { return this.#file; }
  get fd() { return this.#fd; }
  get minLength() { return this.#minLength; }
  get maxLength() { return this.#maxLength; }
  get writing() { return this.#writing; }
  get sync() { return this.#sync; }
  get fsync() { return this.#fsync; }
  get append() { return this.#append; }
  get periodicFlush() { return this.#periodicFlush; }
  get contentMode() { return this.#buffers ? 'buffer' : 'utf8'; }
  get mkdir() { return this.#mkdir; }

  #actualClose() {
    if (this.#fd === -1) {
      this.once('ready', () => this.#actualClose());
      return;
    }
    if (this.#periodicTimer !== undefined) clearInterval(this.#periodicTimer);
    this.#destroyed = true;
    this.#bufs = [];
    const fd = this.#fd;
    const done = (err) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      if (this.#ending && !this.#writing) this.emit('finish');
      this.emit('close');
    };
    // fsync errors (pipes, terminals) do not matter here; stdout and stderr stay open.
    this.#fs.fsync(fd, () => {
      if (fd !== 1 && fd !== 2) this.#fs.close(fd, done);
      else done();
    });
  }
}

module.exports = { Utf8Stream };
