'use strict';
// The global `process` object.

const binding = internalBinding('process');
const EventEmitter = require('events');
const { nextTick } = require('internal/process/task_queues');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL },
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

process.cpuUsage = function cpuUsage(previous) {
  const [user, system] = binding.resourceUsage();
  if (previous === undefined) return { user, system };
  if (previous === null || typeof previous !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', previous);
  }
  return { user: user - previous.user, system: system - previous.system };
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

process.umask = function umask() {
  return 0o22;
};

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
