'use strict';
// Sets up the global environment of one node4j instance and hands the Java bridge the functions it
// calls: the callback trampoline and tick processing (io.node4j.runtime.Callbacks), the program's
// entry points, and the end-of-program events.

const builtins = internalBinding('builtins');

// Taken before user code runs, then removed: Node has no Graal or Debug global.
const setUnhandledRejectionHandler = globalThis.Graal.setUnhandledPromiseRejectionHandler;
const engineDebug = globalThis.Debug;
delete globalThis.Graal;
delete globalThis.Debug;

// lib/'s own module loader: each lib/ file is a function of
// (exports, require, module, internalBinding, primordials).
const libCache = new Map();
function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  let mod = libCache.get(id);
  if (mod !== undefined) return mod.exports;
  mod = { id, exports: {} };
  libCache.set(id, mod);
  const fn = builtins.compileBuiltin(id);
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, internalBinding, undefined);
  return mod.exports;
}

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// Explicit resource management symbols, which V8 has and this GraalJS lacks (`using` syntax itself
// cannot be added).
for (const name of ['dispose', 'asyncDispose']) {
  if (Symbol[name] === undefined) {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
  }
}

const engine = requireBuiltin('internal/engine');
engine.className = engineDebug.className;
engine.detachArrayBuffer = engineDebug.typedArrayDetachBuffer;
engine.implementationClass = engineDebug.class;

const process = requireBuiltin('internal/process/object');
defineGlobal('process', process);
defineGlobal('global', globalThis);
defineGlobal('console', requireBuiltin('internal/console').createGlobalConsole());

// The web platform's globals, as Node 24 has them.
defineGlobal('DOMException', requireBuiltin('internal/per_context/domexception').DOMException);
{
  const { EventTarget, Event, CustomEvent } = requireBuiltin('internal/event_target');
  const { AbortController, AbortSignal } = requireBuiltin('internal/abort_controller');
  defineGlobal('EventTarget', EventTarget);
  defineGlobal('Event', Event);
  defineGlobal('CustomEvent', CustomEvent);
  defineGlobal('AbortController', AbortController);
  defineGlobal('AbortSignal', AbortSignal);

  // perf_hooks' classes; `performance` itself is an accessor, loaded on first use, as in Node.
  const perf = requireBuiltin('internal/perf/performance');
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                      'PerformanceObserver', 'PerformanceObserverEntryList',
                      'PerformanceResourceTiming']) {
    defineGlobal(name, perf[name]);
  }
  let performance = perf.performance;
  Object.defineProperty(globalThis, 'performance', {
    ...Object.getOwnPropertyDescriptor({
      get performance() { return performance; },
      set performance(value) { performance = value; },
    }, 'performance'),
    enumerable: true, configurable: true,
  });
  const { Navigator, getNavigator } = requireBuiltin('internal/navigator');
  defineGlobal('Navigator', Navigator);
  Object.defineProperty(globalThis, 'navigator', {
    get: Object.getOwnPropertyDescriptor({ get navigator() { return getNavigator(); } }, 'navigator').get,
    enumerable: true, configurable: true,
  });
}

const taskQueues = requireBuiltin('internal/process/task_queues');
setUnhandledRejectionHandler(taskQueues.onUnhandledRejection);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);

const buffer = requireBuiltin('buffer');
// Node's Buffer global is an accessor (assigning replaces it); atob and btoa are enumerable.
{
  let value = buffer.Buffer;
  Object.defineProperty(globalThis, 'Buffer', {
    get() { return value; }, set(v) { value = v; }, enumerable: false, configurable: true,
  });
}
defineGlobal('atob', buffer.atob, true);
defineGlobal('btoa', buffer.btoa, true);
defineGlobal('Blob', buffer.Blob);
defineGlobal('File', buffer.File);
const encoding = requireBuiltin('internal/encoding');
defineGlobal('TextEncoder', encoding.TextEncoder);
defineGlobal('TextDecoder', encoding.TextDecoder);

const timers = requireBuiltin('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
                    'clearImmediate']) {
  defineGlobal(name, timers[name], true);
}

const { URL, URLSearchParams } = requireBuiltin('internal/url');
defineGlobal('URL', URL);
defineGlobal('URLSearchParams', URLSearchParams);

// worker_threads' messaging globals and structuredClone (internal/worker/).
{
  const io = requireBuiltin('internal/worker/io');
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
    defineGlobal(name, io[name]);
  }
  defineGlobal('structuredClone', requireBuiltin('internal/worker/clone').structuredClone, true);
}

// In a worker, what would change the whole process is refused, as in Node.
if (!internalBinding('worker').isMainThread) {
  const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = requireBuiltin('internal/errors');
  const umask = process.umask;
  process.chdir = function chdir() { throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.chdir()'); };
  process.abort = function abort() { throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.abort()'); };
  process.umask = function umaskInWorker(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
}

// The web streams classes are globals, loaded on first use.
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStream',
                    'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
                    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
                    'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream']) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      const value = requireBuiltin('stream/web')[name];
      defineGlobal(name, value);
      return value;
    },
    set(value) {
      defineGlobal(name, value);
    },
  });
}

const { triggerUncaughtException } = requireBuiltin('internal/process/execution');
const { Module } = requireBuiltin('internal/modules/cjs/loader');
const esmLoader = requireBuiltin('internal/modules/esm/loader');
esmLoader.initialize();

// A child forked with an IPC channel (NODE_CHANNEL_FD) gets process.send and 'message' events.
requireBuiltin('internal/child_process/ipc').setupChildChannel(process,
  (fd) => internalBinding('process_wrap').openIpc(fd));

function runMain(filename) {
  Module.runMain(filename);
}

function evalScript(code, name, print) {
  const scope = Module.evalScope(name);
  for (const [key, value] of [['require', scope.require], ['module', scope.module],
                              ['exports', scope.module.exports], ['__filename', name],
                              ['__dirname', '.']]) {
    defineGlobal(key, value);
  }
  const result = builtins.evalScript(code, name);
  if (print) console.log(result);
}

function emitBeforeExit() {
  if (!process._exiting) process.emit('beforeExit', process.exitCode ?? 0);
}

// Returns the exit status: what 'exit' listeners leave in process.exitCode.
function emitExit() {
  esmLoader.checkUnsettled();
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode ?? 0);
  }
  const code = process.exitCode ?? 0;
  return typeof code === 'number' ? code | 0 : Number(code) | 0;
}

internalBinding('performance').markMilestone(3); // bootstrapComplete

module.exports = {
  callbackTrampoline: taskQueues.callbackTrampoline,
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  triggerUncaughtException,
  runMain,
  evalScript,
  emitBeforeExit,
  emitExit,
  noop() {},
};
