'use strict';
// node:child_process on the loop's ChildProcess (internalBinding('process_wrap')): spawn, exec,
// execFile and their synchronous forms. A child's piped stdio are streams; 'close' comes once the
// child has exited and every one of its readable pipes has closed, as in Node.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const os = require('os');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_OUT_OF_RANGE,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_IPC_ONE_PIPE,
  ERR_IPC_SYNC_FORK, ERR_CHILD_PROCESS_IPC_REQUIRED,
} } = require('internal/errors');
const {
  validateString, validateObject, validateBoolean, validateInt32, validateFunction, validateArray,
} = require('internal/validators');

const { setupChannel } = require('internal/child_process/ipc');

const binding = internalBinding('process_wrap');
const signalNumbers = os.constants.signals;
const signalNames = Object.create(null);
for (const name of Object.keys(signalNumbers)) {
  if (signalNames[signalNumbers[name]] === undefined) signalNames[signalNumbers[name]] = name;
}

const kDefaultMaxBuffer = 1024 * 1024;
const kUntrack = Symbol('kUntrack');

// ------------------------------------------------------------------------------------------------
// Arguments, as Node checks them.

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signalNumbers[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function rejectNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function pathArgument(value, name) {
  if (typeof value === 'string') {
    rejectNullBytes(value, name);
    return value;
  }
  if (Buffer.isBuffer(value)) return pathArgument(value.toString(), name);
  if (value != null && typeof value === 'object' && value.href !== undefined && value.protocol !== undefined) {
    return require('url').fileURLToPath(value);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  rejectNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  args.forEach((arg, i) => rejectNullBytes(arg, `args[${i}]`));
  args = args.map((arg) => `${arg}`);

  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) cwd = pathArgument(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInt32(options.uid, 'options.uid');
  if (options.gid != null) validateInt32(options.gid, 'options.gid');
  if (options.uid != null || options.gid != null) {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('options.uid and options.gid');
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    rejectNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    rejectNullBytes(options.shell, 'options.shell');
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;

  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    rejectNullBytes(key, `options.env['${key}']`);
    rejectNullBytes(String(value), `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }

  return {
    ...options,
    args: [argv0, ...args],
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

// 'pipe' | 'ignore' | 'inherit' | [each], as the loop can do them: pipes, inherited 0..2, /dev/null,
// and one 'ipc' channel at index 3 or above. Returns { modes (for fds 0..2), ipc (its fd or -1) }.
function normalizeStdio(stdio, sync) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio === 'overlapped') stdio = 'pipe';
    if (stdio !== 'pipe' && stdio !== 'ignore' && stdio !== 'inherit') {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    return { modes: [stdio, stdio, stdio], ipc: -1 };
  }
  if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const modes = [];
  let ipc = -1;
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'overlapped') entry = 'pipe';
    if (entry === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== -1) throw new ERR_IPC_ONE_PIPE();
      if (i < 3) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`stdio[${i}] 'ipc'`);
      ipc = i;
      continue;
    }
    if (typeof entry === 'number' && entry === i && i < 3) entry = 'inherit';
    // Only an object can be one of the process's streams (reading process.stdout would make it).
    if (typeof entry === 'object' && entry !== null) {
      if (entry === process.stdin && i === 0) entry = 'inherit';
      if (entry === process.stdout && i === 1) entry = 'inherit';
      if (entry === process.stderr && i === 2) entry = 'inherit';
    }
    if (i >= 3 && entry === 'ignore') continue;
    if (i < 3 && (entry === 'pipe' || entry === 'ignore' || entry === 'inherit')) {
      modes.push(entry);
      continue;
    }
    if (typeof entry === 'string' && entry !== 'pipe' && entry !== 'inherit') {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(
      `stdio[${i}] ${typeof entry === 'string' ? `'${entry}'` : typeof entry}`);
  }
  return { modes, ipc };
}

function errnoException(report, syscall, file, spawnargs) {
  const err = new Error(`${syscall} ${report.code}`);
  err.errno = report.errno;
  err.code = report.code;
  err.syscall = syscall;
  if (file !== undefined) err.path = file;
  if (spawnargs !== undefined) err.spawnargs = spawnargs;
  return err;
}

// ------------------------------------------------------------------------------------------------
// The streams over a child's pipes: net.Sockets, as in Node, over Pipe-shaped handles of the loop's
// process pipes (internal/net/handles' ChildPipe). A child's stdin is a write-only socket, its stdout
// and stderr readable ones; a failed spawn still gets its sockets, closed at once.

let net;
function pipeSocket(pipe, readable) {
  net ??= require('net');
  const { ChildPipe } = require('internal/net/handles');
  return new net.Socket({ handle: new ChildPipe(pipe ?? deadPipe()), readable });
}

// What a failed spawn's sockets stand on (Node makes their pipes before spawning, then closes them):
// nothing to read, writes fail, closing completes on the loop.
function deadPipe() {
  const { newAsyncId } = require('internal/async_hooks');
  const id = newAsyncId();
  return {
    asyncId: () => id, readStart() {}, readStop() {}, ref() {}, unref() {}, writeQueueSize: () => 0,
    write(_, cb) { process.nextTick(cb, { code: 'EPIPE', errno: -32 }); },
    shutdown(cb) { process.nextTick(cb, null); },
    close(cb) { if (cb) setImmediate(cb); },
  };
}

// ------------------------------------------------------------------------------------------------
// ChildProcess

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
    const { modes: stdio, ipc } = normalizeStdio(options.stdio, false);
    let envPairs = options.envPairs ?? null;
    if (ipc !== -1) {
      envPairs = [...(envPairs ?? Object.entries(process.env).map(([k, v]) => `${k}=${v}`)),
                  `NODE_CHANNEL_FD=${ipc}`, 'NODE_CHANNEL_SERIALIZATION_MODE=json'];
    }
    const result = binding.spawn({
      file: options.file, args: this.spawnargs, envPairs, cwd: options.cwd ?? null, stdio,
      detached: !!options.detached, ipc: ipc !== -1,
    }, (exitCode, signal) => this._onExit(exitCode, signal));

    const failed = result.pid === undefined;
    if (!failed) {
      this._handle = result;
      this.pid = result.pid;
    }
    const pipes = failed ? [null, null, null] : [result.stdin, result.stdout, result.stderr];
    this.stdio = stdio.map((mode, i) => {
      if (mode !== 'pipe') return null;
      const stream = pipeSocket(pipes[i], i > 0);
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      return stream;
    });
    this.stdin = this.stdio[0];
    this.stdout = this.stdio[1];
    this.stderr = this.stdio[2];
    if (!failed) {
      // Node's ProcessWrap, as process.getActiveResourcesInfo() lists it, after the pipes' PipeWraps
      // (the sockets' handles list themselves: internal/net/handles).
      const { trackHandle } = require('internal/process/active_resources');
      this[kUntrack] = trackHandle(this, 'ProcessWrap', () => result.hasRef());
    }
    if (ipc !== -1) {
      while (this.stdio.length < ipc) this.stdio.push(null);
      this.stdio[ipc] = null;
      if (!failed) {
        this._closesNeeded++;
        setupChannel(this, result.ipc, false, () => maybeClose(this));
      }
    }

    if (failed) {
      const errno = result.errno;
      process.nextTick(() => this._onExit(errno, 0));
      return errno;
    }
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onExit(exitCode, signal) {
    if (signal) this.signalCode = signalNames[signal] ?? signal;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    this[kUntrack]?.();
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const code = os.constants.errno ? errnoName(exitCode) : undefined;
      const err = errnoException({ code, errno: exitCode }, syscall, this.spawnfile ?? undefined,
                                 this.spawnargs.slice(1));
      if (this.stdout) this.stdout.destroy();
      if (this.stderr) this.stderr.destroy();
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const error = this._handle.kill(signal);
      if (error === null) {
        this.killed = true;
        return true;
      }
      if (error.code === 'ESRCH') {
        // already dead
      } else if (error.code === 'EINVAL' || error.code === 'ENOSYS') {
        throw errnoException(error, 'kill');
      } else {
        this.emit('error', errnoException(error, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }

  get _closed() {
    return this._closesGot === this._closesNeeded;
  }
}

function errnoName(errno) {
  for (const [name, value] of Object.entries(os.constants.errno)) {
    if (value === -errno) return name;
  }
  return undefined;
}

// Output nobody reads is let go, so the pipes can close and 'close' can come.
function flushStdio(child) {
  for (const stream of child.stdio ?? []) {
    if (stream === null || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// ------------------------------------------------------------------------------------------------
// spawn, exec, execFile

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      if (child.kill(killSignal)) child.emit('error', abortError(signal));
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return 15;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  rejectNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisifiedExec(kind) {
  return (...args) => {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = kind(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}

Object.defineProperty(exec, customPromisify, { enumerable: false, get: () => promisifiedExec(exec) });

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');

  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: kDefaultMaxBuffer, killSignal: 'SIGTERM', cwd: null,
    env: null, shell: false, ...options,
  };
  validateTimeout(options.timeout);
  if (options.maxBuffer != null && !(typeof options.maxBuffer === 'number' && options.maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', options.maxBuffer);
  }
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal,
    uid: options.uid, windowsHide: !!options.windowsHide, argv0: options.argv0,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const chunks = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let timeoutId = null;
  let ex = null;
  const cmd = [file, ...(args ?? [])].join(' ');

  function output(name) {
    const all = chunks[name];
    if (encoding) return all.join('');
    return Buffer.concat(all);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = output('stdout');
    const stderr = output('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) {
      // the command as given
    }
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? errnoName(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        const over = lengths[name] - options.maxBuffer;
        const keep = encoding ? chunk.slice(0, chunk.length - over) : chunk.subarray(0, length - over);
        chunks[name].push(keep);
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks[name].push(chunk);
      }
    });
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

Object.defineProperty(execFile, customPromisify, {
  enumerable: false, get: () => promisifiedExec(execFile),
});

// fork: another node4j running modulePath, with an IPC channel.
function fork(modulePath, args, options) {
  modulePath = pathArgument(modulePath, 'modulePath');
  let execArgv;
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentsNullCheck(args, 'args');
  execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice(0);
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function validateArgumentsNullCheck(args, name) {
  args.forEach((arg, i) => rejectNullBytes(arg, `${name}[${i}]`));
}

// ------------------------------------------------------------------------------------------------
// The synchronous forms: the child runs on a private loop of this thread.

function spawnSync(file, args, options) {
  options = {
    __proto__: null, maxBuffer: kDefaultMaxBuffer, ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  if (options.maxBuffer != null && !(typeof options.maxBuffer === 'number' && options.maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', options.maxBuffer);
  }
  const killSignal = sanitizeKillSignal(options.killSignal);
  const { modes: stdio } = normalizeStdio(options.stdio, true);
  let input = options.input;
  if (input != null) {
    if (typeof input === 'string') input = Buffer.from(input, options.encoding === 'buffer' ? 'utf8' : options.encoding ?? 'utf8');
    else if (ArrayBuffer.isView(input)) input = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const raw = binding.spawnSync({
    file: options.file, args: options.args, envPairs: options.envPairs, cwd: options.cwd ?? null, stdio,
    detached: options.detached,
  }, stdio[0] === 'pipe' ? (input ?? null) : null, options.timeout ?? 0,
  options.maxBuffer == null || options.maxBuffer === Infinity ? -1 : options.maxBuffer, killSignal);

  const result = {};
  if (raw.error !== null) {
    const report = raw.error;
    result.error = errnoException(report, `spawnSync ${options.file}`, options.file,
                                  options.args.slice(1));
  }
  result.status = raw.status === null || raw.status === undefined ? null : raw.status;
  result.signal = raw.signal ? (signalNames[raw.signal] ?? raw.signal) : null;
  if (raw.pid === 0) {
    // the spawn itself failed: Node reports no output at all
    result.output = null;
    result.pid = 0;
    result.stdout = undefined;
    result.stderr = undefined;
    return result;
  }
  const toOutput = (bytes) => {
    if (bytes === null) return null;
    const buf = Buffer.from(new ArrayBuffer(bytes));
    return options.encoding && options.encoding !== 'buffer' ? buf.toString(options.encoding) : buf;
  };
  const stdout = toOutput(raw.stdout);
  const stderr = toOutput(raw.stderr);
  result.output = [null, stdout, stderr];
  result.pid = raw.pid;
  result.stdout = stdout;
  result.stderr = stderr;
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function inheritStderrOf(options) {
  return options == null || options.stdio == null;
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = undefined;
  }
  const inheritStderr = inheritStderrOf(options);
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args ?? [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = inheritStderrOf(options);
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
