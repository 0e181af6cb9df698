'use strict';
// The global `process` object.

const binding = internalBinding('process');
const EventEmitter = require('events');
const { nextTick } = require('internal/process/task_queues');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  systemError,
} = require('internal/errors');
const { validateString } = require('internal/validators');

class Process extends EventEmitter {}
Object.defineProperty(Process, 'name', { value: 'process' });
const process = new Process();

process.title = binding.execPath;
process.version = binding.version;
process.versions = {
  node: binding.version.slice(1),
  node4j: binding.node4jVersion,
  graaljs: binding.engineVersion,
};
process.arch = binding.arch;
process.platform = binding.platform;
process.release = { name: 'node', lts: 'Krypton' };
process.pid = Number(binding.pid);
process.ppid = Number(binding.ppid);
process.execPath = binding.execPath;
process.argv = Array.from(binding.argv);
process.argv0 = 'node';
process.execArgv = Array.from(binding.execArgv);
// Shared with other threads (SHARE_ENV) or null; see makeEnv.
let sharedEnv = binding.sharedEnv();
process.env = makeEnv(binding.env());
// As Node's: the last four are getters.
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true,
                     tls_sni: true, tls_ocsp: true, tls: true, openssl_is_boringssl: false,
                     get cached_builtins() { return true; },
                     get require_module() { return true; },
                     get quic() { return false; },
                     get typescript() {
                       return require('internal/modules/typescript').strippingEnabled() ? 'strip' : false;
                     } };
process.config = { target_defaults: {}, variables: {} };
process._exiting = false;
// Source maps (internal/source_maps, through the CommonJS loader, which compiles with them).
process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
  require('internal/modules/cjs/loader').useSourceMaps().setSourceMapsEnabled(enabled);
};
Object.defineProperty(process, 'sourceMapsEnabled', {
  __proto__: null, enumerable: true, configurable: true, set: undefined,
  get() { return require('internal/modules/cjs/loader').sourceMapsEnabled(); },
});

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true, configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        throw new ERR_INVALID_ARG_TYPE('code', 'integer', code);
      }
    }
    exitCode = code;
  },
});

process.nextTick = nextTick;

process.cwd = function cwd() {
  return binding.cwd();
};

process.chdir = function chdir(directory) {
  validateString(directory, 'directory');
  const error = binding.chdir(directory);
  if (error) throw systemError(error);
};

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode ?? 0);
  }
  binding.reallyExit(process.exitCode ?? 0);
};

process.reallyExit = function reallyExit(code) {
  binding.reallyExit(code | 0);
};

process.abort = function abort() {
  binding.reallyExit(134);
};

function hrtime(previous) {
  const now = BigInt(binding.hrtime());
  let seconds = Number(now / 1000000000n);
  let nanos = Number(now % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    if (previous.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, previous.length);
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds--;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}
hrtime.bigint = function bigint() {
  return BigInt(binding.hrtime());
};
// Node's debugging write: the formatted arguments and a newline straight to fd 2, no stream involved.
process._rawDebug = function _rawDebug(...args) {
  binding.writeString(2, `${require('internal/util/format').format(...args)}\n`);
};
process.hrtime = hrtime;
// The bindings and lib/ modules loaded so far, in order (a live list: internal/bootstrap/node).
Object.defineProperty(process, 'moduleLoadList', {
  __proto__: null, value: require('internal/bootstrap/module_load_list'), writable: false,
  enumerable: true, configurable: true,
});

process.uptime = function uptime() {
  return binding.uptime();
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = () => binding.memoryUsage()[0];
process.memoryUsage = memoryUsage;

// process.kill and 'SIG*' listeners.
const signals = internalBinding('signals');

function signalNumber(name) {
  return typeof name === 'string' && name.startsWith('SIG') ? signals.number(name) : 0;
}

process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let number;
  if (sig === undefined) {
    number = 15;
  } else if (typeof sig === 'number') {
    number = sig;
  } else {
    number = signalNumber(sig);
    if (number === 0) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const error = signals.kill(pid, number);
  if (error) throw errnoException(error);
  return true;
};

// Node's short form for failed calls: "kill ESRCH", with errno, code and syscall.
function errnoException(report) {
  const err = new Error(`${report.syscall} ${report.code}`);
  err.errno = report.errno;
  err.code = report.code;
  err.syscall = report.syscall;
  return err;
}

signals.setup((name, number) => process.emit(name, name, number));
process.on('newListener', function startListeningIfSignal(type) {
  const number = signalNumber(type);
  if (number !== 0 && process.listenerCount(type) === 0) {
    const error = signals.watch(number);
    if (error) throw errnoException(error);
  }
});
process.on('removeListener', function stopListeningIfSignal(type) {
  const number = signalNumber(type);
  if (number !== 0 && process.listenerCount(type) === 0) signals.unwatch(number);
});

// A previous cpuUsage()/threadCpuUsage() result: both fields numbers, then both in range.
function validatePreviousUsage(previous) {
  if (previous === null || typeof previous !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', previous);
  }
  for (const key of ['user', 'system']) {
    if (typeof previous[key] !== 'number') {
      throw new ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', previous[key]);
    }
  }
  for (const key of ['user', 'system']) {
    const value = previous[key];
    if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, value);
    }
  }
}

// Any falsy argument means "no previous value", as in Node.
function usageSince(user, system, previous) {
  if (!previous) return { user, system };
  validatePreviousUsage(previous);
  return { user: user - previous.user, system: system - previous.system };
}

process.cpuUsage = function cpuUsage(prevValue) {
  const [user, system] = binding.resourceUsage();
  return usageSince(user, system, prevValue);
};

// The CPU time of the calling thread (the main thread, or the worker's own).
process.threadCpuUsage = function threadCpuUsage(prevValue) {
  const [user, system] = binding.threadCpuUsage();
  return usageSince(user, system, prevValue);
};

process.resourceUsage = function resourceUsage() {
  const [user, system, maxRSS, minor, major, voluntary, involuntary] = binding.resourceUsage();
  return {
    userCPUTime: user, systemCPUTime: system, maxRSS, sharedMemorySize: 0, unsharedDataSize: 0,
    unsharedStackSize: 0, minorPageFault: minor, majorPageFault: major, swappedOut: 0, fsRead: 0,
    fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: voluntary,
    involuntaryContextSwitches: involuntary,
  };
};

process.getuid = () => binding.ids()[0];
process.geteuid = () => binding.ids()[1];
process.getgid = () => binding.ids()[2];
process.getegid = () => binding.ids()[3];
process.getgroups = () => Array.from(binding.groups());
process.constrainedMemory = () => 2 ** 64;
process.availableMemory = () => binding.availableMemory();

// What keeps the loop alive (internal/process/active_resources).
const activeResources = () => require('internal/process/active_resources');
process._getActiveRequests = function _getActiveRequests() { return activeResources()._getActiveRequests(); };
process._getActiveHandles = function _getActiveHandles() { return activeResources()._getActiveHandles(); };
process.getActiveResourcesInfo = function getActiveResourcesInfo() {
  return activeResources().getActiveResourcesInfo();
};

// The calls that change the process itself (internal/process/own_process, loaded on first use).
const ownProcess = () => require('internal/process/own_process');
process.umask = function umask(mask) { return ownProcess().umask(mask); };
for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups']) {
  process[name] = { [name](id) { return ownProcess()[name](id); } }[name];
}
process.initgroups = function initgroups(user, extraGroup) { return ownProcess().initgroups(user, extraGroup); };
process.execve = function execve(execPath, ...rest) { return ownProcess().execve(execPath, ...rest); };

// The variables of a .env file (default ./.env) added to process.env, leaving those already set.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  path ??= '.env';
  if (typeof path !== 'string' && !(path instanceof URL) && !require('buffer').Buffer.isBuffer(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const fs = require('fs');
  let content;
  try {
    content = fs.readFileSync(path, 'utf8');
  } catch (err) {
    if (err?.code !== 'EISDIR') throw err;
    const shown = path instanceof URL ? require('url').fileURLToPath(path) : String(path);
    throw require('internal/errors').errorWithMessage('ERR_INVALID_ARG_TYPE',
      `Contents of '${shown}' should be a valid string.`);
  }
  const parsed = require('internal/util/dotenv').parseEnv(content);
  for (const key of Object.keys(parsed)) {
    if (process.env[key] === undefined) process.env[key] = parsed[key];
  }
};

// Warnings: the 'warning' event on the next tick, and Node's default report on stderr.
let warnedOnce = false;
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ type = 'Warning', code, detail } = type);
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  } else if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (type === undefined) type = 'Warning';
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type);
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    // The stack starts at the caller of emitWarning (or of ctor), as Node's does.
    Error.captureStackTrace(w, typeof ctor === 'function' ? ctor : process.emitWarning);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // --throw-deprecation: thrown on the next tick, after the warnings before it were printed.
      require('internal/process/execution').setThrowSite(warning, kWarningThrowSite);
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => {
    process.emit('warning', warning);
  });
};

// Where Node's own report says a --throw-deprecation warning was thrown.
const kWarningThrowSite = 'node:internal/process/warning:176\n        throw warning;\n        ^\n';

process.on('warning', function defaultWarningHandler(warning) {
  const { getOptionValue } = require('internal/options');
  if (getOptionValue('--no-warnings')) return;
  const disabled = getOptionValue('--disable-warning');
  if (disabled !== undefined && (disabled.includes(warning.code) || disabled.includes(warning.name))) return;
  const codePart = warning.code ? `[${warning.code}] ` : '';
  const trace = getOptionValue('--trace-warnings') ||
    (warning.name === 'DeprecationWarning' && process.traceDeprecation);
  let text;
  if (trace && typeof warning.stack === 'string') {
    // The stack, its first line being the warning's "Name: message".
    const newline = warning.stack.indexOf('\n');
    const frames = newline === -1 ? '' : warning.stack.slice(newline);
    text = `(node:${process.pid}) ${codePart}${warning.name}: ${warning.message}${frames}\n`;
  } else {
    text = `(node:${process.pid}) ${codePart}${warning.name}: ${warning.message}\n`;
  }
  if (warning.detail) text += `${warning.detail}\n`;
  if (!warnedOnce && !trace) {
    warnedOnce = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
  }
  binding.writeString(2, text);
});

// A built-in module by id ('fs', 'node:fs', 'node:test'), or undefined for any other string.
process.getBuiltinModule = function getBuiltinModule(id) {
  validateString(id, 'id');
  const { Module } = require('internal/modules/cjs/loader');
  if (!Module.isBuiltin(id)) return undefined;
  return Module._load(id, null, false);
};

// process.setUncaughtExceptionCaptureCallback / hasUncaughtExceptionCaptureCallback: the state lives
// with the uncaught-exception path (internal/process/execution).
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  require('internal/process/execution').setCaptureCallback(fn);
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return require('internal/process/execution').hasCaptureCallback();
};

// Refs or unrefs whatever can be: Node's protocol symbols first, then a ref()/unref() method.
function callRefMethod(target, names) {
  if (target === null || target === undefined) return;
  for (const name of names) {
    const fn = target[name];
    if (typeof fn === 'function') {
      fn.call(target);
      return;
    }
  }
}
process.ref = function ref(maybeRefable) {
  callRefMethod(maybeRefable, [Symbol.for('nodejs.ref'), Symbol.for('node:ref'), 'ref']);
};
process.unref = function unref(maybeUnrefable) {
  callRefMethod(maybeUnrefable, [Symbol.for('nodejs.unref'), Symbol.for('node:unref'), 'unref']);
};

// process.finalization: callbacks for objects still alive when the process exits (or is about to).
let finalization;
Object.defineProperty(process, 'finalization', {
  __proto__: null, enumerable: true, configurable: true,
  get() {
    finalization ??= require('internal/process/finalization');
    return finalization;
  },
  set(value) {
    Object.defineProperty(process, 'finalization', { __proto__: null, value, writable: true,
                                                     enumerable: true, configurable: true });
  },
});

// The options NODE_OPTIONS may hold, as Node 24 lists them (a Set whose has() reads flags loosely).
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  __proto__: null, enumerable: true, configurable: true,
  get() {
    const value = require('internal/process/node_env_flags').allowedFlags();
    Object.defineProperty(process, 'allowedNodeEnvironmentFlags', { __proto__: null, value, writable: true,
                                                                    enumerable: true, configurable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(process, 'allowedNodeEnvironmentFlags', { __proto__: null, value, writable: true,
                                                                    enumerable: true, configurable: true });
  },
});

// Node's older, mostly internal members that programs and packages still reach for.
process.debugPort = 9229;
process.domain = null;
process._preload_modules = [];
process._tickCallback = function runNextTicks() {
  require('internal/process/task_queues').processTicksAndRejections();
};
process._kill = function _kill(pid, sig) {
  const error = signals.kill(pid, sig);
  return error ? error.errno : 0;
};
process._linkedBinding = function _linkedBinding(module) {
  throw new (require('internal/errors').codes.ERR_INVALID_MODULE)(module);
};
process.binding = function binding(name) {
  return require('internal/process/legacy_binding').binding(name);
};
process.dlopen = function dlopen(module, filename) {
  throw require('internal/modules/cjs/loader').addonError(filename);
};
process.openStdin = function openStdin() {
  process.stdin.resume();
  return process.stdin;
};
// Node starts the inspector of process pid with SIGUSR1; node4j has no inspector, so only the
// process's existence is checked.
process._debugProcess = function _debugProcess(pid) {
  const error = signals.kill(pid, 0);
  if (error) throw errnoException(error);
};
process._debugEnd = function _debugEnd() {};
process._startProfilerIdleNotifier = function _startProfilerIdleNotifier() {};
process._stopProfilerIdleNotifier = function _stopProfilerIdleNotifier() {};
process._fatalException = function _fatalException(err) {
  require('internal/process/execution').triggerUncaughtException(err, null);
  return true;
};

// process.stdin, process.stdout, process.stderr: streams made on first access.
// process.stdout, stderr and stdin: made on first access, as in Node; the streams module too loads then.
for (const [name, getter] of [['stdout', 'getStdout'], ['stderr', 'getStderr'], ['stdin', 'getStdin']]) {
  Object.defineProperty(process, name, {
    __proto__: null, configurable: true, enumerable: true, set: undefined,
    get: { [getter]() { return require('internal/process/stdio')[getter](); } }[getter],
  });
}

// process.env: string-valued, as the environment is. Until a worker is started with SHARE_ENV it is
// this thread's own object; from then on (and in such a worker) every access goes to the environment
// the threads share (ProcessBinding.sharedEnv, a concurrent map).
function makeEnv(pairs) {
  const target = {};
  if (sharedEnv === null) {
    for (let i = 0; i < pairs.length; i += 2) target[pairs[i]] = pairs[i + 1];
  }
  return new Proxy(target, {
    get(t, key) {
      if (sharedEnv === null || typeof key === 'symbol') return t[key];
      return sharedEnv.get(key) ?? undefined;
    },
    set(t, key, value) {
      if (typeof key === 'symbol') return false;
      if (sharedEnv !== null) sharedEnv.set(key, String(value));
      else t[key] = String(value);
      return true;
    },
    defineProperty(t, key, descriptor) {
      if ('value' in descriptor) {
        if (sharedEnv !== null && typeof key === 'string') sharedEnv.set(key, String(descriptor.value));
        else t[key] = String(descriptor.value);
      }
      return true;
    },
    has(t, key) {
      if (sharedEnv === null || typeof key === 'symbol') return key in t;
      return sharedEnv.has(key);
    },
    deleteProperty(t, key) {
      if (sharedEnv === null || typeof key === 'symbol') return delete t[key];
      sharedEnv.delete(key);
      return true;
    },
    ownKeys(t) {
      if (sharedEnv === null) return Reflect.ownKeys(t);
      return Array.from(sharedEnv.keys());
    },
    getOwnPropertyDescriptor(t, key) {
      if (sharedEnv === null || typeof key === 'symbol') return Reflect.getOwnPropertyDescriptor(t, key);
      const value = sharedEnv.get(key);
      if (value === null || value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
  });
}

// For worker_threads' SHARE_ENV: moves this thread's variables into the shared environment (once)
// and returns it, to hand to the worker.
Object.defineProperty(process, Symbol.for('node4j.shareEnv'), {
  value() {
    if (sharedEnv === null) {
      const own = { ...process.env };
      sharedEnv = binding.shareEnv();
      for (const key of Object.keys(own)) sharedEnv.set(key, own[key]);
    }
    return sharedEnv;
  },
});

// process.report (internal/process/report): loaded on first access, as Node's is.
Object.defineProperty(process, 'report', {
  __proto__: null, enumerable: true, configurable: true, set: undefined,
  get() { return require('internal/process/report').report; },
});

module.exports = process;
