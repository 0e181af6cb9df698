'use strict';
// The Worker class: a worker thread with its own loop and Context (WorkerBinding.spawn), and the
// parent's side of its channel, through which its messages, stdout/stderr, uncaught error and exit
// arrive in the order the worker produced them.

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const { serialize, deserialize, checkTransferList } = require('internal/worker/clone');
const { wrapHandle, portFromEndpoint, transferListOf, kHandle, kKind } = require('internal/worker/io');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH, ERR_INVALID_ARG_VALUE, ERR_WORKER_NOT_RUNNING,
    ERR_HEAP_PROFILE_HAVE_BEEN_STARTED,
  },
} = require('internal/errors');
const { validateObject, validateArray, validateString, validateNumber } = require('internal/validators');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const ONLINE = 1;
const STDOUT = 2;
const STDERR = 3;
const ERROR = 4;
const EXIT = 5;
const CLOSE = 6;

const environmentData = new Map();

// Node's defaults (V8's heap figures have no JVM equivalent; stackSizeMb sizes the thread's stack).
const kDefaultLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0, stackSizeMb: 4 };

const kState = Symbol('kState');

// worker.stdout and worker.stderr: what the worker writes to its process.stdout/stderr, as Buffers.
// Unless the stdout/stderr option is true, the parent's process.stdout/stderr gets it too.
let ReadableWorkerStdio;
let WritableWorkerStdio;
function stdioClasses() {
  if (ReadableWorkerStdio !== undefined) return;
  const Readable = require('internal/streams/readable');
  const Writable = require('internal/streams/writable');
  ReadableWorkerStdio = class ReadableWorkerStdio extends Readable {
    _read() {}
  };
  // worker.stdin (the stdin option): each chunk goes to the worker's process.stdin; end() ends it.
  WritableWorkerStdio = class WritableWorkerStdio extends Writable {
    constructor(handle) {
      super();
      this[kState] = handle;
    }

    _write(chunk, encoding, callback) {
      const bytes = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength);
      this[kState].writeStdin(internalBinding('messaging').bytes(bytes, true));
      callback();
    }

    _final(callback) {
      this[kState].endStdin();
      callback();
    }
  };
}

function stdioFor(parentStream) {
  const stream = new ReadableWorkerStdio();
  if (parentStream !== null) stream.on('data', (chunk) => parentStream.write(chunk));
  return stream;
}

// The option lib/ gives a Worker it starts for itself: its eval code names a lib/ module to run.
const kInternalThread = Symbol('kInternalThread');

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    let entry;
    const isEval = options.eval === true;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
      }
      entry = filename;
    } else if (typeof filename === 'string') {
      if (filename.startsWith('file://')) {
        throw new ERR_WORKER_PATH(filename);
      }
      if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new ERR_WORKER_PATH(filename);
      entry = path.resolve(filename);
    } else if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
      if (filename.protocol !== 'file:') throw new ERR_WORKER_PATH(String(filename.href));
      entry = decodeURIComponent(filename.pathname);
    } else {
      throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    let execArgv = process.execArgv;
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      execArgv = options.execArgv.map(String);
    }
    let env = process.env;
    if (options.env !== undefined && options.env !== null && options.env !== SHARE_ENV) {
      if (typeof options.env !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'],
          options.env);
      }
      env = options.env;
    }
    const envPairs = [];
    let sharedEnv = null;
    if (options.env === SHARE_ENV) {
      sharedEnv = process[Symbol.for('node4j.shareEnv')]();
    } else {
      for (const key of Object.keys(env)) {
        if (env[key] !== undefined) envPairs.push(key, String(env[key]));
      }
    }
    let name = '';
    if (options.name !== undefined) {
      validateString(options.name, 'options.name');
      name = options.name;
    }
    const limits = { ...kDefaultLimits };
    if (options.resourceLimits !== undefined) {
      validateObject(options.resourceLimits, 'options.resourceLimits');
      for (const key of Object.keys(kDefaultLimits)) {
        const v = options.resourceLimits[key];
        if (typeof v === 'number' && v > 0) limits[key] = v;
      }
    }
    this[kState] = { limits, running: true, exitCode: undefined, exitPromise: null };
    const transfer = checkTransferList(transferListOf(options.transferList, true), null);
    const workerData = serialize(options.workerData, transfer);
    const envData = serialize(environmentData, []);
    this.#handle = binding.spawn({
      entry, eval: isEval, argv, execArgv, env: envPairs, sharedEnv, name, stdin: options.stdin === true,
      workerData: [workerData.data, workerData.objects], internal: options[kInternalThread] === true,
      environmentData: [envData.data, envData.objects],
      resourceLimits: [limits.maxYoungGenerationSizeMb, limits.maxOldGenerationSizeMb, limits.codeRangeSizeMb,
                       limits.stackSizeMb],
    });
    this.#threadId = this.#handle.threadId;
    this.performance = workerPerformance(this.#handle);
    this.#threadName = name || 'WorkerThread';
    const port = this.#port = wrapHandle(this.#handle.port, false);
    port[kKind] = (kind, data, objects) => this.#onEvent(kind, data, objects);
    // A running worker keeps its parent alive (until worker.unref()).
    port[kHandle].start();
    port[kHandle].ref();
    stdioClasses();
    this.#stdin = options.stdin === true ? new WritableWorkerStdio(this.#handle) : null;
    this.#stdout = stdioFor(options.stdout === true ? null : process.stdout);
    this.#stderr = stdioFor(options.stderr === true ? null : process.stderr);
  }

  #handle;
  #port;
  #threadId;
  #threadName;
  #stdin;
  #stdout;
  #stderr;

  // As in Node, accessors on the prototype (an inspected Worker shows none of them); once the worker
  // has exited, its threadId is -1 and its threadName null.
  get threadId() { return this.#threadId; }
  get threadName() { return this.#threadName; }
  get stdin() { return this.#stdin; }
  get stdout() { return this.#stdout; }
  get stderr() { return this.#stderr; }

  // The worker thread's CPU time in µs ({ user, system }), since `prev` when given; rejects with
  // ERR_WORKER_NOT_RUNNING before 'online' and after the worker ended.
  cpuUsage(prev) {
    if (prev) {
      validateObject(prev, 'prev');
      validateNumber(prev.user, 'prev.user', 0, Number.MAX_SAFE_INTEGER);
      validateNumber(prev.system, 'prev.system', 0, Number.MAX_SAFE_INTEGER);
    }
    const usage = this[kState].running && this[kState].online === true ? this.#handle.cpuUsage() : null;
    if (usage === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    const [user, system] = usage;
    return Promise.resolve(prev ? { user: user - prev.user, system: system - prev.system } : { user, system });
  }

  #onEvent(kind, data, objects) {
    switch (kind) {
      case 0: {
        let value;
        try {
          value = deserialize(data, objects, portFromEndpoint);
        } catch (err) {
          this.emit('messageerror', err);
          return;
        }
        this.emit('message', value);
        return;
      }
      case ONLINE: this[kState].online = true; this.emit('online'); return;
      case STDOUT:
      case STDERR: {
        const { Buffer } = require('buffer');
        const chunk = Buffer.from(internalBinding('messaging').newArrayBuffer(objects[0]));
        (kind === STDOUT ? this.stdout : this.stderr).push(chunk);
        return;
      }
      case ERROR: this.emit('error', rebuildError(deserialize(data, objects, portFromEndpoint))); return;
      case EXIT: {
        const code = Number(objects[0]);
        this[kState].running = false;
        this[kState].exitCode = code;
        this.#threadId = -1;
        this.#threadName = null;
        this.#port[kHandle].close();
        this.stdout.push(null);
        this.stderr.push(null);
        this.emit('exit', code);
        return;
      }
      case CLOSE: return;
    }
  }

  postMessage(value, transfer) {
    const list = transferListOf(transfer, arguments.length > 1);
    if (!this[kState].running) return;
    const { data, objects } = serialize(value, checkTransferList(list, null));
    this.#handle.port.post(data, objects);
  }

  terminate(callback) {
    const state = this[kState];
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
    }
    if (!state.running) {
      const p = Promise.resolve(undefined);
      if (typeof callback === 'function') process.nextTick(callback, null, undefined);
      return p;
    }
    if (state.exitPromise === null) {
      state.exitPromise = new Promise((resolve) => this.once('exit', resolve));
      this.#handle.terminate(this[kState].online === true);
    }
    if (typeof callback === 'function') state.exitPromise.then((code) => callback(null, code));
    return state.exitPromise;
  }

  ref() {
    if (this[kState].running) this.#port[kHandle].ref();
  }

  unref() {
    if (this[kState].running) this.#port[kHandle].unref();
  }

  get resourceLimits() {
    if (!this[kState].running) return {};
    return { ...this[kState].limits };
  }

  // The heap's figures as v8.getHeapStatistics() gives them: a worker's objects live in the one JVM
  // heap every thread shares (it has no heap of its own to measure).
  getHeapStatistics() {
    if (!this[kState].running || this[kState].online !== true) {
      return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    }
    // Node's worker version reports does_zap_garbage as a boolean (v8's as a number).
    const stats = require('v8').getHeapStatistics();
    stats.does_zap_garbage = stats.does_zap_garbage !== 0;
    return Promise.resolve(stats);
  }

  getHeapSnapshot() {
    return Promise.reject(new ERR_WORKER_NOT_RUNNING());
  }

  // A sampling CPU profile of the worker's thread: resolves to a handle whose stop() resolves to V8's
  // .cpuprofile JSON; rejects with ERR_WORKER_NOT_RUNNING before 'online' and after the worker ended.
  startCpuProfile() {
    const profiler = this[kState].running && this[kState].online === true ? this.#handle.startCpuProfile() : null;
    if (profiler === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.resolve(new CPUProfileHandle(profiler));
  }

  // A sampling heap profile of the worker's thread: resolves to a handle whose stop() resolves to V8's
  // sampling heap profile JSON; one at a time (ERR_HEAP_PROFILE_HAVE_BEEN_STARTED), and
  // ERR_WORKER_NOT_RUNNING before 'online' and after the worker ended.
  startHeapProfile() {
    if (!this[kState].running || this[kState].online !== true) {
      return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    }
    if (this.#handle.heapProfiling()) return Promise.reject(new ERR_HEAP_PROFILE_HAVE_BEEN_STARTED());
    const profiler = this.#handle.startHeapProfile();
    if (profiler === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return Promise.resolve(new HeapProfileHandle(profiler));
  }
}

class CPUProfileHandle {
  #profiler;

  constructor(profiler) {
    this.#profiler = profiler;
  }

  // Ends the profile; later calls resolve to the same JSON.
  stop() {
    return Promise.resolve(this.#profiler.stop());
  }
}

class HeapProfileHandle {
  #profiler;
  #stopped = null;

  constructor(profiler) {
    this.#profiler = profiler;
  }

  // Ends the profile; later calls return the same promise. A profile its worker outlived has no result
  // (Node's handle finds no worker then).
  stop() {
    if (this.#stopped === null) {
      const profile = this.#profiler.stop();
      this.#stopped = profile === null ? Promise.reject(new ERR_WORKER_NOT_RUNNING()) : Promise.resolve(profile);
    }
    return this.#stopped;
  }

  // `await using`: ends the profile and drops it.
  async [Symbol.asyncDispose]() {
    await this.stop();
  }
}

// worker.performance (an own property, as in Node): the worker's event loop utilization, measured on
// its loop (zeros before it runs), with perf_hooks' arithmetic for the differences.
function workerPerformance(handle) {
  return {
    eventLoopUtilization(util1, util2) {
      if (util2) {
        const idle = util1.idle - util2.idle;
        const active = util1.active - util2.active;
        return { idle, active, utilization: active / (idle + active) };
      }
      const times = handle.loopTimes();
      if (times === null) return { idle: 0, active: 0, utilization: 0 };
      let [idle, active] = times;
      if (util1) {
        idle -= util1.idle;
        active -= util1.active;
      }
      return { idle, active, utilization: active / (idle + active) };
    },
  };
}

// The worker's uncaught error as internal/process/execution sent it: its class and own properties.
function rebuildError(payload) {
  if (!payload.error) return payload.value;
  const Ctor = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[payload.ctor];
  const err = new Ctor();
  for (const [key, value, enumerable] of payload.props) {
    Object.defineProperty(err, key, { value, enumerable, writable: true, configurable: true });
  }
  return err;
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// A worker starts with the environment data its parent had when it was created.
{
  const inherited = binding.environmentData();
  if (inherited) {
    for (const [k, v] of deserialize(inherited[0], inherited[1], portFromEndpoint)) environmentData.set(k, v);
  }
}

module.exports = { Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData, kInternalThread };
