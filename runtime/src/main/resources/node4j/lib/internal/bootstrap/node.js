'use strict';
// Sets up the global environment of one node4j instance and hands the Java bridge the functions it
// calls: the callback trampoline and tick processing (io.node4j.runtime.Callbacks), the program's
// entry points, and the end-of-program events.

// process.moduleLoadList: each binding and lib/ module in the order this instance first loaded it,
// as Node lists its own ("Internal Binding fs", "NativeModule internal/fs/utils"). The names are
// node4j's; lib/ files get the recording internalBinding.
const moduleLoadList = [];
const loadedBindings = new Set();
const rawInternalBinding = internalBinding;
function recordingInternalBinding(name) {
  if (!loadedBindings.has(name)) {
    loadedBindings.add(name);
    moduleLoadList.push(`Internal Binding ${name}`);
  }
  return rawInternalBinding(name);
}

const builtins = recordingInternalBinding('builtins');

// Removed before user code runs: Node has no Graal or Debug global (Debug's functions are taken).
const engineDebug = globalThis.Debug;
delete globalThis.Graal;
delete globalThis.Debug;

// lib/'s own module loader: each lib/ file is a function of
// (exports, require, module, internalBinding, primordials).
const libCache = new Map([['internal/bootstrap/module_load_list', { exports: moduleLoadList }]]);
function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  let mod = libCache.get(id);
  if (mod !== undefined) return mod.exports;
  mod = { id, exports: {} };
  libCache.set(id, mod);
  moduleLoadList.push(`NativeModule ${id}`);
  const fn = builtins.compileBuiltin(id);
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, recordingInternalBinding, undefined);
  return mod.exports;
}


function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// The language as V8 13.6 has it (explicit resource management's classes, no unshipped proposals).
{
  const language = requireBuiltin('internal/per_context/language');
  language.shared = language.installLanguage(globalThis);
}

// Atomics.notify with a count of 2^31 or more (Infinity is the usual way to say "all") woke no waiter
// in this GraalJS; such a count wakes every waiter, as an absent one does.
{
  const notify = Atomics.notify;
  Object.defineProperty(Atomics, 'notify', {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: {
      notify(typedArray, index, count) {
        return notify(typedArray, index, typeof count === 'number' && count >= 2 ** 31 ? undefined : count);
      },
    }.notify,
  });
}

const engine = requireBuiltin('internal/engine');
engine.className = engineDebug.className;
engine.detachArrayBuffer = engineDebug.typedArrayDetachBuffer;
engine.implementationClass = engineDebug.class;
// Taken by the binding (AsyncWrapBinding.takeContextVariableClass says why), which removes the global.
engine.AsyncContextVariable = recordingInternalBinding('async_wrap').takeContextVariableClass();
engine.languageGlobals = Object.getOwnPropertyNames(globalThis);

const process = requireBuiltin('internal/process/object');
defineGlobal('process', process);
defineGlobal('global', globalThis);
defineGlobal('console', requireBuiltin('internal/console').createGlobalConsole());

// Globals whose module loads on first use: an accessor that replaces itself with the data property
// Node has (writable, configurable) the first time it is read or assigned. Every process and every
// worker starts by running this file, and most programs touch few of these; loading them all eagerly
// cost a worker about half of its start-up (bench/README.md, Workers). The one visible difference:
// getOwnPropertyDescriptor shows an accessor until the first use (V8's lazy data properties do not).
function defineLazyGlobals(id, names, enumerable = false) {
  for (const name of names) {
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get: {
        [name]() {
          const value = requireBuiltin(id)[name];
          defineGlobal(name, value, enumerable);
          return value;
        },
      }[name],
      set(value) {
        defineGlobal(name, value, enumerable);
      },
      enumerable,
      configurable: true,
    });
  }
}

// The web platform's globals, as Node 24 has them.
defineLazyGlobals('internal/per_context/domexception', ['DOMException']);
defineLazyGlobals('internal/event_target', ['EventTarget', 'Event', 'CustomEvent']);
defineLazyGlobals('internal/abort_controller', ['AbortController', 'AbortSignal']);
// perf_hooks' classes; `performance` itself is an accessor in Node too.
defineLazyGlobals('internal/perf/performance', ['Performance', 'PerformanceEntry', 'PerformanceMark',
                                                'PerformanceMeasure', 'PerformanceObserver',
                                                'PerformanceObserverEntryList',
                                                'PerformanceResourceTiming']);
{
  let performance;
  let performanceSet = false;
  Object.defineProperty(globalThis, 'performance', {
    ...Object.getOwnPropertyDescriptor({
      get performance() {
        return performanceSet ? performance : requireBuiltin('internal/perf/performance').performance;
      },
      set performance(value) { performance = value; performanceSet = true; },
    }, 'performance'),
    enumerable: true, configurable: true,
  });
}
// Web Crypto: the classes are plain globals; `crypto` is an accessor that loads crypto on first use.
defineLazyGlobals('internal/crypto/webcrypto', ['Crypto', 'CryptoKey', 'SubtleCrypto']);
Object.defineProperty(globalThis, 'crypto', {
  get: Object.getOwnPropertyDescriptor({ get crypto() { return requireBuiltin('internal/crypto/webcrypto').webcrypto; } },
    'crypto').get,
  enumerable: true, configurable: true,
});
defineLazyGlobals('internal/navigator', ['Navigator']);
Object.defineProperty(globalThis, 'navigator', {
  get: Object.getOwnPropertyDescriptor({
    get navigator() { return requireBuiltin('internal/navigator').getNavigator(); },
  }, 'navigator').get,
  enumerable: true, configurable: true,
});

const taskQueues = requireBuiltin('internal/process/task_queues');
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);

// Node's Buffer global is an accessor (assigning replaces it); atob and btoa are enumerable.
{
  let value;
  let valueSet = false;
  Object.defineProperty(globalThis, 'Buffer', {
    get() { return valueSet ? value : requireBuiltin('buffer').Buffer; },
    set(v) { value = v; valueSet = true; },
    enumerable: false, configurable: true,
  });
}
defineLazyGlobals('buffer', ['atob', 'btoa'], true);
defineLazyGlobals('buffer', ['Blob', 'File']);
defineLazyGlobals('internal/encoding', ['TextEncoder', 'TextDecoder']);

const timers = requireBuiltin('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
                    'clearImmediate']) {
  defineGlobal(name, timers[name], true);
}

defineLazyGlobals('internal/url', ['URL', 'URLSearchParams']);
defineLazyGlobals('internal/url_pattern', ['URLPattern']);

// worker_threads' messaging globals and structuredClone (internal/worker/).
defineLazyGlobals('internal/worker/io', ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']);
defineLazyGlobals('internal/worker/clone', ['structuredClone'], true);

// postMessageToThread's messages to this thread (internal/worker/messaging, loaded when one comes).
recordingInternalBinding('worker').onThreadMessage((data, objects) => {
  requireBuiltin('internal/worker/messaging').receive(data, objects);
});

// In a worker, what would change the whole process is refused, as in Node.
if (!recordingInternalBinding('worker').isMainThread) {
  const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = requireBuiltin('internal/errors');
  const umask = process.umask;
  process.chdir = function chdir() { throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.chdir()'); };
  process.abort = function abort() { throw new ERR_WORKER_UNSUPPORTED_OPERATION('process.abort()'); };
  process.umask = function umaskInWorker(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
  for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
    process[name] = { [name]() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`); } }[name];
  }
}

// The web streams classes are globals, loaded on first use.
defineLazyGlobals('stream/web', ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                                 'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                                 'ReadableStreamDefaultController', 'TransformStream',
                                 'TransformStreamDefaultController', 'WritableStream',
                                 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
                                 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
                                 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']);
// WebAssembly's streaming compilation of fetch Responses, as Node adds it.
if (typeof WebAssembly === 'object') requireBuiltin('internal/wasm_web_api').install(WebAssembly);

// fetch and its classes (internal/fetch/), loaded on first use.
defineLazyGlobals('internal/fetch/index', ['fetch'], true);
defineLazyGlobals('internal/fetch/index', ['FormData', 'Headers', 'Request', 'Response']);
// WebSocket and CloseEvent (internal/websocket/), loaded on first use.
defineLazyGlobals('internal/websocket/websocket', ['WebSocket', 'CloseEvent']);

const { triggerUncaughtException } = requireBuiltin('internal/process/execution');
const { Module } = requireBuiltin('internal/modules/cjs/loader');
const esmLoader = requireBuiltin('internal/modules/esm/loader');
esmLoader.initialize();

// A child forked with an IPC channel (NODE_CHANNEL_FD) gets process.send and 'message' events.
requireBuiltin('internal/child_process/ipc').setupChildChannel(process,
  (fd) => recordingInternalBinding('process_wrap').openIpc(fd));
// A cluster worker (forked by cluster.fork) reports online to its primary before the program runs.
if (process.env.NODE_UNIQUE_ID !== undefined && process.connected) requireBuiltin('cluster')._setupWorker();

// What the start-up options (internal/options) change before the program runs.
function applyStartupOptions() {
  const { getOptionValue } = requireBuiltin('internal/options');
  const processBinding = recordingInternalBinding('process');
  for (const [option, required] of [['--env-file', true], ['--env-file-if-exists', false]]) {
    for (const file of getOptionValue(option) ?? []) {
      try {
        process.loadEnvFile(file);
      } catch (err) {
        if (err?.code !== 'ENOENT') throw err;
        if (required) {
          processBinding.writeString(2, `${process.execPath}: ${file}: not found\n`);
          processBinding.reallyExit(9);
        }
        processBinding.writeString(2, `${file} not found. Continuing without it.\n`);
      }
    }
  }
  const limit = getOptionValue('--stack-trace-limit');
  if (limit !== undefined && Number.isFinite(Number(limit))) Error.stackTraceLimit = Number(limit);
  const title = getOptionValue('--title');
  if (title !== undefined) process.title = title;
  if (getOptionValue('--no-deprecation')) process.noDeprecation = true;
  if (getOptionValue('--throw-deprecation')) process.throwDeprecation = true;
  if (getOptionValue('--trace-deprecation')) process.traceDeprecation = true;
  if (getOptionValue('--enable-source-maps')) process.setSourceMapsEnabled(true);
  // --report-on-signal (or --report-signal): the report module, when loaded, listens for its signal.
  if (getOptionValue('--report-on-signal') || getOptionValue('--report-signal')) {
    requireBuiltin('internal/process/report');
  }
  if (getOptionValue('--expose-gc')) {
    defineGlobal('gc', function gc() { processBinding.gc(); }, true);
  }
}

// -r/--require: modules loaded before the program, resolved from the current directory.
function preloadModules() {
  const preload = requireBuiltin('internal/options').getOptionValue('--require');
  if (preload === undefined) return;
  Module._initPaths?.();
  // No filename: relative requests resolve from the working directory, and a missing module's
  // require stack names 'internal/preload', as Node's does.
  Module._preloadModules(preload);
}

// Runs start(), after the --import modules when there are any (they are ES modules: the program
// starts once their evaluation settled, as in Node).
function afterImports(start) {
  const imports = requireBuiltin('internal/options').getOptionValue('--import');
  if (imports === undefined || imports.length === 0) {
    start();
    return;
  }
  esmLoader.importPreloads(imports).then(() => {
    try {
      start();
    } catch (err) {
      triggerUncaughtException(err, null);
    }
  }, (err) => triggerUncaughtException(err, null));
}

// The program's first execution: async id 1, triggered by 0 (Node's top-level scope).
function inTopLevelScope(fn, ...args) {
  const asyncHooks = requireBuiltin('internal/async_hooks');
  asyncHooks.pushAsyncContext(1, 0, asyncHooks.topLevelResource);
  fn(...args);
  asyncHooks.popAsyncContext();
}

function runMain(filename) {
  inTopLevelScope(() => {
    preloadModules();
    afterImports(() => Module.runMain(filename));
  });
}

// node -e/-p make every builtin module (no '/' in its name, no leading '_') a global of its name,
// loaded on first use: `node -e "fs.readFileSync(...)"`. Globals that exist already stay, except
// crypto, which names the module there, not Web Crypto.
function exposeBuiltinsAsGlobals(require) {
  for (const name of Module.builtinModules) {
    if (name.includes('/') || name.startsWith('_')) continue;
    const existing = Object.getOwnPropertyDescriptor(globalThis, name);
    if (existing !== undefined && name !== 'crypto') continue;
    const setReal = {
      setReal(value) {
        delete globalThis[name];
        globalThis[name] = value;
      },
    }.setReal;
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get: {
        get() {
          const lib = require(name);
          Object.defineProperty(globalThis, name, {
            __proto__: null, get: { get: () => lib }.get, set: setReal, configurable: true,
            enumerable: existing?.enumerable ?? false,
          });
          return lib;
        },
      }.get,
      set: setReal,
      configurable: true,
      enumerable: existing?.enumerable ?? false,
    });
  }
}

function evalScript(code, name, print) {
  // A thread lib/ started for itself (internal/worker's `internal` option): `code` names its module.
  if (name === '[node4j internal]') {
    requireBuiltin(code);
    return;
  }
  inTopLevelScope(() => {
    preloadModules();
    afterImports(() => runEval(code, name, print));
  });
}

function runEval(code, name, print) {
  const scope = requireBuiltin('internal/modules/cjs/loader').evalScope(name);
  if (name === '[eval]') exposeBuiltinsAsGlobals(scope.require);
  const input = name === '[eval]' || name === '[stdin]';
  const inputType = input ? requireBuiltin('internal/options').getOptionValue('--input-type') : undefined;
  if (inputType?.endsWith('-typescript')) {
    const typescript = requireBuiltin('internal/modules/typescript');
    if (typescript.strippingEnabled()) code = typescript.stripFileTypes(code, name, name);
  }
  if (inputType?.startsWith('module')) {
    runModuleInput(code, print);
    return;
  }
  const globals = [['require', scope.require], ['module', scope.module], ['exports', scope.module.exports],
                   ['__filename', name], ['__dirname', '.']];
  const before = globals.map(([key]) => Object.getOwnPropertyDescriptor(globalThis, key));
  for (const [key, value] of globals) defineGlobal(key, value);
  // Put back what was there (the builtin `module` global of -e code) before a module runs.
  const restoreGlobals = () => globals.forEach(([key], i) => {
    if (before[i]) Object.defineProperty(globalThis, key, before[i]);
    else delete globalThis[key];
  });
  let result;
  try {
    result = builtins.evalScript(code, name);
  } catch (err) {
    // Without --input-type, code that fails to compile as a script runs as an ES module when it has
    // module syntax (import/export, import.meta, top-level await), or without its TypeScript types
    // when they were the trouble, as Node 24 does: ordinary -e code is parsed once.
    let note;
    if (input && inputType === undefined && err?.name === 'SyntaxError') {
      const esm = recordingInternalBinding('esm');
      if (esm.parsesOnlyAsModule(code, name)) {
        restoreGlobals();
        runModuleInput(code, print);
        return;
      }
      const typescript = requireBuiltin('internal/modules/typescript');
      const stripped = typescript.strippingEnabled() ? typescript.stripEvalTypes(code) : { code: null };
      if (stripped.code !== null) {
        try {
          result = builtins.evalScript(stripped.code, name);
        } catch (strippedErr) {
          if (strippedErr?.name !== 'SyntaxError') throw strippedErr;
          if (esm.parsesOnlyAsModule(stripped.code, name)) {
            restoreGlobals();
            runModuleInput(stripped.code, print);
            return;
          }
          reportEvalSyntaxError(strippedErr, stripped.code, name);
          throw strippedErr;
        }
        if (print) console.log(result);
        return;
      }
      note = stripped.message;
    }
    if (err instanceof SyntaxError) reportEvalSyntaxError(err, code, name, note);
    throw err;
  }
  if (print) console.log(result);
}

function reportEvalSyntaxError(err, code, name, note) {
  const { adoptSyntaxError, reportSite } = requireBuiltin('internal/syntax_errors');
  reportSite(err, adoptSyntaxError(err, code), name, note);
}

// -e or stdin code as an ES module at <cwd>/[eval1]; -p cannot print one.
function runModuleInput(code, print) {
  if (print) {
    const err = new (requireBuiltin('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    requireBuiltin('internal/process/execution').setThrowSite(err,
      'node:internal/process/execution:73\n    throw new ERR_EVAL_ESM_CANNOT_PRINT();\n    ^\n');
    throw err;
  }
  esmLoader.runEvalModule(code);
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

applyStartupOptions();

recordingInternalBinding('performance').markMilestone(3); // bootstrapComplete

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
