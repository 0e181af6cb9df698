'use strict';
// fs.Dir (opendir): a directory read in batches of `bufferSize` entries by the binding, handed out one
// Dirent at a time through read() (callback or promise), readSync() and async iteration.

const {
  binding, uvError, getOptions, getValidatedPath, validateFunction, validateUint32, Dirent, encodeResult, splitListing,
} = require('internal/fs/utils');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');


class Dir {
  #handle;
  #path;
  #entries;
  #closed;
  #options;
  #queue;

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this.#handle = handle;
    this.#entries = [];
    this.#path = path;
    this.#closed = false;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
    if (this.#options.bufferSize > 4294967295) {
      throw new ERR_OUT_OF_RANGE('options.bufferSize', '>= 1 && <= 4294967295', this.#options.bufferSize);
    }
    this.#queue = null;
  }

  get path() {
    return this.#path;
  }

  #take() {
    const entry = this.#entries.shift();
    return new Dirent(encodeResult(entry.slice(1), this.#options.encoding), entry.charCodeAt(0) - 48, this.#path);
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) {
      this.#queue.push(() => this.read(callback));
      return;
    }
    if (this.#entries.length > 0) {
      const d = this.#take();
      process.nextTick(callback, null, d);
      return;
    }
    this.#queue = [];
    binding.dirRead(this.#handle, this.#options.bufferSize, (report, listing) => {
      const queue = this.#queue;
      this.#queue = null;
      try {
        if (report) {
          callback(uvError(report));
        } else {
          for (const entry of splitListing(listing)) this.#entries.push(entry);
          callback(null, this.#entries.length > 0 ? this.#take() : null);
        }
      } finally {
        for (const op of queue) op();
      }
    });
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#entries.length === 0) {
      const entries = splitListing(binding.dirRead(this.#handle, this.#options.bufferSize));
      for (const entry of entries) this.#entries.push(entry);
      if (entries.length === 0) return null;
    }
    return this.#take();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#queue !== null) {
      this.#queue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    binding.dirClose(this.#handle, (report) => callback(report ? uvError(report) : null));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    binding.dirClose(this.#handle);
  }

  async* entries() {
    try {
      while (true) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }
}
Object.defineProperty(Dir.prototype, 'entries', { enumerable: false });

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, (report, handle) => {
    if (report) return callback(uvError(report));
    callback(null, new Dir(handle, path, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Dir(binding.opendir(path), path, options);
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => {
    try {
      path = getValidatedPath(path);
      options = getOptions(options, { encoding: 'utf8' });
    } catch (err) {
      return reject(err);
    }
    binding.opendir(path, (report, handle) => (report ? reject(uvError(report))
      : resolve(new Dir(handle, path, options))));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
