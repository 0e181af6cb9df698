'use strict';
// node:util

const {
  inspect, format, formatWithOptions, stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION, ERR_OUT_OF_RANGE }, errnoException, exceptionWithHostPort,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateObject, validateOneOf, validateString,
} = require('internal/validators');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { parseArgs } = require('internal/util/parse_args');
const { parseEnv } = require('internal/util/dotenv');
const { debuglog } = require('internal/util/debuglog');
const { shouldColorize } = require('internal/util/colors');
const { MIMEType, MIMEParams } = require('internal/mime');
const { myersDiff } = require('internal/assert/myers_diff');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false,
                                                         writable: false, configurable: true });
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      });
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, kCustomPromisify, { value: promisified, enumerable: false,
                                                         writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    Object.defineProperty(promisified, key, descriptors[key]);
  }
  return promisified;
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    const onRejected = (reason) => {
      if (!reason) {
        const err = new ERR_FALSY_VALUE_REJECTION();
        err.reason = reason;
        reason = err;
      }
      callback(reason);
    };
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(onRejected, reason));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const proto = Object.getPrototypeOf(original);
  Object.setPrototypeOf(callbackified, proto);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const isArray = deprecate(function isArray(value) {
  return Array.isArray(value);
}, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044');

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

// System errors: libuv's table (from the loop's Errno), keyed by the negative errno.
let errorMap;
function systemErrors() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const row of internalBinding('util').errnoTable()) {
      const [errno, name, message] = row.split('\t');
      errorMap.set(Number(errno), [name, message]);
    }
  }
  return errorMap;
}

// A fresh Map on each call, as Node's.
function getSystemErrorMap() {
  return new Map(systemErrors());
}

function checkErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

function getSystemErrorName(err) {
  checkErrno(err);
  return systemErrors().get(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  checkErrno(err);
  return systemErrors().get(err)?.[1] ?? `Unknown system error ${err}`;
}

// The errors Node's internals build from a libuv code ("open ENOENT x", "connect ECONNREFUSED 1.2.3.4:80").
function _errnoException(err, syscall, original) {
  const ex = errnoException(err, syscall, original);
  Error.captureStackTrace(ex, _errnoException);
  return ex;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const ex = exceptionWithHostPort(err, syscall, address, port, additional);
  Error.captureStackTrace(ex, _exceptionWithHostPort);
  return ex;
}

const _extend = deprecate(function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060');

function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

// While enabled, a SIGINT nobody listens to prints the main thread's stack, then ends the process by
// SIGINT (TraceSigint.java). Node takes any value (truthy or not) and does nothing in a worker.
function setTraceSigInt(enable) {
  if (!internalBinding('worker').isMainThread) return;
  internalBinding('signals').setTraceSigInt(Boolean(enable));
}

function isStreamLike(stream) {
  if (stream === process.stdout || stream === process.stderr) return true;
  return stream !== null && typeof stream === 'object' &&
    (stream._readableState !== undefined || stream._writableState !== undefined ||
     (typeof stream.on === 'function' && (typeof stream.write === 'function' || typeof stream.pipe === 'function')) ||
     (typeof stream.getReader === 'function' || typeof stream.getWriter === 'function'));
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  let left = '';
  let right = '';
  for (const key of Array.isArray(format) ? format : [format]) {
    if (key === 'none') continue;
    const codes = inspect.colors[key];
    if (codes == null) validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    if (skipColorize) continue;
    const open = `\u001b[${codes[0]}m`;
    const close = `\u001b[${codes[1]}m`;
    left += open;
    right = `${close}${right}`;
    // A reset inside the text would end this style early: it re-opens it instead.
    text = text.replaceAll(close, open);
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// Call sites of the caller (frame 0 is the function calling getCallSites).
const scriptIds = new Map();
function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  const holder = {};
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = frameCount;
  Error.prepareStackTrace = (error, frames) => frames;
  let frames;
  try {
    Error.captureStackTrace(holder, getCallSites);
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  return (Array.isArray(frames) ? frames : []).map((frame) => {
    const scriptName = frame.getFileName() ?? '';
    if (!scriptIds.has(scriptName)) scriptIds.set(scriptName, String(scriptIds.size + 1));
    const column = frame.getColumnNumber();
    return {
      __proto__: null,
      functionName: frame.getFunctionName() ?? '',
      scriptId: scriptIds.get(scriptName),
      scriptName,
      lineNumber: frame.getLineNumber(),
      columnNumber: column,
      column,
    };
  });
}

// util.diff: the line (or character) edit script between two arrays (or strings), as
// [[op, value], ...] with op 1 for actual's side, -1 for expected's, 0 for both.
function diff(actual, expected) {
  if (!Array.isArray(actual)) validateString(actual, 'actual');
  if (!Array.isArray(expected)) validateString(expected, 'expected');
  if (actual === expected) return [];
  const script = myersDiff(typeof actual === 'string' ? actual.split('') : actual,
                           typeof expected === 'string' ? expected.split('') : expected);
  return script.map(({ type, value }) => [type === 'insert' ? 1 : type === 'delete' ? -1 : 0, value]);
}

function isAbortSignalLike(value) {
  return value !== null && typeof value === 'object' && 'aborted' in value;
}

// Resolves when `signal` aborts (at once if it already has).
async function aborted(signal, resource) {
  if (!isAbortSignalLike(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateObject(resource, 'resource', { allowFunction: true, allowArray: true });
  if (signal.aborted) return;
  await new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// Marks the signal transferable: listed in a postMessage transfer list, it arrives as an AbortSignal
// that aborts (with the same reason) when this one does.
function transferableAbortSignal(signal) {
  if (globalThis.AbortSignal === undefined || !(signal instanceof globalThis.AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  const { kTransferableSignal } = require('internal/worker/clone');
  Object.defineProperty(signal, kTransferableSignal, { value: true, configurable: true });
  return signal;
}

function transferableAbortController() {
  const controller = new globalThis.AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray,
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  TextDecoder,
  TextEncoder,
  MIMEType,
  MIMEParams,
  diff,
  setTraceSigInt,
};
