'use strict';
// fs.watch (FSWatcher over the binding's FsWatch: the JDK's WatchService, inotify on Linux),
// fs.promises.watch (an async iterator of the same events), and fs.watchFile / unwatchFile
// (StatWatcher: libuv's fs_poll semantics, a stat on the pool every `interval` ms).

const EventEmitter = require('events');
const path = require('path');
const {
  binding, kEmptyObject, getValidatedPath, getStats, assertEncoding, validateAbortSignal, validateBoolean,
  validateFunction,
} = require('internal/fs/utils');
const { AbortError, invalidArgTypeWithMessage, describeReceived } = require('internal/errors');
const { kInternalTimer } = require('internal/timers');

// ------------------------------------------------------------------ fs.watch

const kClosed = Symbol('kClosed');
const kEncoding = Symbol('kEncoding');
const kUntrack = Symbol('kUntrack');

// Node's FSEventWrap and StatWatcher are handles process.getActiveResourcesInfo() lists.
function trackHandle(owner, name, hasRef) {
  return require('internal/process/active_resources').trackHandle(owner, name, hasRef);
}

function filenameIn(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
    this._ignoreMatcher = null;
    this[kEncoding] = undefined;
  }

  // Called by fs.watch; starting twice does nothing.
  start(filename, persistent, recursive, encoding) {
    if (this._handle !== null) return;
    this[kEncoding] = encoding;
    try {
      this._handle = binding.watch(filename, recursive, (type, name) => {
        this.emit('change', type, filenameIn(name, this[kEncoding]));
      });
    } catch (err) {
      err.filename = filename;
      throw err;
    }
    if (!persistent) this._handle.unref();
    const handle = this._handle;
    this[kUntrack] = trackHandle(this, 'FSEventWrap', () => handle.hasRef());
  }

  close() {
    const handle = this._handle;
    if (handle === null || this[kClosed]) return;
    this[kClosed] = true;
    this._handle = null;
    handle.close();
    // Listed until the close is done, as a closing handle is in Node.
    process.nextTick(() => {
      this[kUntrack]();
      this.emit('close');
    });
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  else if (options === undefined || options === null || typeof options === 'function') options = kEmptyObject;
  else if (typeof options !== 'object') {
    throw invalidArgTypeWithMessage(
      `The "options" argument must be one of type string or object. ${describeReceived(options)}`);
  }
  const { recursive = false, encoding = 'utf8', signal } = options;
  const persistent = options.persistent ?? true;
  validateBoolean(recursive, 'options.recursive');
  assertEncoding(encoding);
  validateAbortSignal(signal, 'options.signal');
  return { persistent, recursive, encoding, signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const { persistent, recursive, encoding, signal } = watchOptions(options);
  filename = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher.start(filename, persistent, recursive, encoding);
  if (listener) watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: { eventType, filename } for each change until the signal aborts (AbortError).
function watchPromise(filename, options = kEmptyObject) {
  const { persistent, recursive, encoding, signal } = watchOptions(options);
  filename = getValidatedPath(filename);
  if (signal?.aborted) {
    return {
      [Symbol.asyncIterator]() { return this; },
      next() { return Promise.reject(new AbortError(undefined, { cause: signal.reason })); },
      return() { return Promise.resolve({ value: undefined, done: true }); },
    };
  }
  const watcher = new FSWatcher();
  watcher.start(filename, persistent, recursive, encoding);
  const queued = [];
  const waiting = [];
  let failure = null;
  let finished = false;
  watcher.on('change', (eventType, name) => {
    const value = { eventType, filename: name };
    if (waiting.length > 0) waiting.shift().resolve({ value, done: false });
    else queued.push(value);
  });
  const finish = (err) => {
    if (finished) return;
    finished = true;
    failure = err;
    watcher.close();
    for (const w of waiting.splice(0)) {
      if (err) w.reject(err);
      else w.resolve({ value: undefined, done: true });
    }
  };
  const onAbort = () => finish(new AbortError(undefined, { cause: signal.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift(), done: false });
      if (finished) {
        if (failure) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      signal?.removeEventListener('abort', onAbort);
      finish(null);
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

// ------------------------------------------------------------------ fs.watchFile

const statWatchers = new Map();
const kZero = new Array(18).fill(0);

// libuv's fs_poll: the first stat only records; then a change of any of dev, mode, nlink, uid, gid,
// ino, size, mtime, ctime or birthtime, or a change of error state, is reported as (curr, prev). A
// missing file is zeroed stats; its first failure is reported too.
function sameStats(a, b) {
  for (const i of [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17]) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = { bigint, timer: null, file: null, interval: 0, last: null, failed: 0, refed: true,
                    stopped: true };
  }

  start(filename, persistent, interval) {
    const poll = this._handle;
    if (!poll.stopped) return;
    poll.stopped = false;
    poll.file = filename;
    poll.interval = interval;
    poll.refed = persistent;
    this[kUntrack] = trackHandle(this, 'StatWatcher', () => poll.refed);
    this.#check();
  }

  #check() {
    const poll = this._handle;
    const started = Date.now();
    // STATWATCHER: libuv's fs_poll stats with a request of its own, not one Node lists.
    binding.stat(poll.file, (report, array) => {
      if (poll.stopped) return;
      if (report) {
        if (poll.failed !== report.errno) {
          const prev = poll.last ?? kZero;
          poll.failed = report.errno;
          poll.last = kZero;
          this.emit('change', getStats(kZero, poll.bigint), getStats(prev, poll.bigint));
        }
      } else {
        const wasFailing = poll.failed !== 0;
        const prev = poll.last;
        poll.failed = 0;
        poll.last = array;
        if (prev !== null && (wasFailing || !sameStats(prev, array))) {
          this.emit('change', getStats(array, poll.bigint), getStats(prev, poll.bigint));
        }
      }
      if (poll.stopped) return;
      poll.timer = setTimeout(() => this.#check(), Math.max(1, poll.interval - (Date.now() - started)));
      poll.timer[kInternalTimer] = true;
      if (!poll.refed) poll.timer.unref();
    }, 'STATWATCHER');
  }

  stop() {
    const poll = this._handle;
    if (poll.stopped) return;
    poll.stopped = true;
    this[kUntrack]();
    if (poll.timer !== null) clearTimeout(poll.timer);
    poll.timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    const poll = this._handle;
    poll.refed = true;
    poll.timer?.ref();
    return this;
  }

  unref() {
    const poll = this._handle;
    poll.refed = false;
    poll.timer?.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = path.resolve(filename);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...(options ?? kEmptyObject) };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint === true);
    watcher.start(filename, options.persistent, Number(options.interval) || 5007);
    statWatchers.set(filename, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = path.resolve(filename);
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { watch, watchPromise, watchFile, unwatchFile, FSWatcher, StatWatcher };
