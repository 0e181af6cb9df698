'use strict';
// The one place that builds Node's errors: ERR_* argument and state errors with Node's messages, and
// system errors (code, errno, syscall, path, dest) from what bindings report.

// util.inspect is loaded when a message first needs it: every process and worker loads this module
// while it starts, and inspect is the largest part of what it would pull in.
let format;
function inspect(value, options) {
  format ??= require('internal/util/format');
  return format.inspect(value, options);
}

const codes = {};

// Defines codes[code] as a constructor-like function: `new codes.ERR_X(...args)` (or without new)
// gives a `Base` instance whose message comes from `message` (a string or a function of args), with
// an enumerable `code`, and whose stack starts "Base [ERR_X]: message" as in Node.
function E(code, message, Base) {
  codes[code] = makeNodeError(code, message, Base);
}

function makeNodeError(code, message, Base) {
  function NodeError(...args) {
    return makeError(code, Base, typeof message === 'function' ? message(...args) : message);
  }
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  Object.defineProperty(NodeError, 'Base', { value: Base });
  return NodeError;
}

function makeError(code, Base, text, headerName = Base.name) {
  const error = new Base(text);
  error.code = code;
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  formatStackHeader(error, `${headerName} [${code}]`);
  return error;
}

// An error of a known code worded differently from its usual message (Node's C++ layer words some of
// its argument errors itself).
function errorWithMessage(code, text) {
  return makeError(code, codes[code].Base, text);
}

// GraalJS formats `stack` on first access using the error's name: format it now, under the name Node
// shows in the header, then drop the temporary name.
function formatStackHeader(error, name) {
  Object.defineProperty(error, 'name', { value: name, configurable: true, writable: true });
  void error.stack;
  delete error.name;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint',
                'symbol'];

// How Node describes a received value at the end of an argument error.
function describeReceived(value) {
  if (value === null || value === undefined) return `Received ${value}`;
  if (typeof value === 'function') return `Received function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = Object.getPrototypeOf(value) === null ? null : value.constructor;
    if (ctor && typeof ctor === 'function' && ctor.name) return `Received an instance of ${ctor.name}`;
    return `Received ${inspect(value, { depth: -1 })}`;
  }
  // Long strings are cut before quoting: ('first 25 characters...').
  if (typeof value === 'string' && value.length > 28) value = `${value.slice(0, 25)}...`;
  let shown = inspect(value, { colors: false });
  if (typeof value !== 'string' && shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `Received type ${typeof value} (${shown})`;
}

function formatList(items, last = 'or') {
  if (items.length <= 2) return items.join(` ${last} `);
  return `${items.slice(0, -1).join(', ')}, ${last} ${items[items.length - 1]}`;
}

// "The "name" argument must be of type string or an instance of Buffer or URL. Received ..."
function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  // Node joins the three groups with a bare "or": "of type function or an instance of A, B, or C".
  const parts = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`);
  if (instances.length > 0) parts.push(`an instance of ${formatList(instances)}`);
  if (other.length > 1) parts.push(`one of ${formatList(other)}`);
  else if (other.length === 1) parts.push(`${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
  msg += parts.join(' or ');
  return `${msg}. ${describeReceived(actual)}`;
}

function addNumericalSeparator(text) {
  let res = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${text.slice(i - 3, i)}${res}`;
  return `${text.slice(0, i)}${res}`;
}

E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
function invalidArgValueMessage(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
}
E('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, TypeError);
codes.ERR_INVALID_ARG_VALUE.RangeError = makeNodeError('ERR_INVALID_ARG_VALUE', invalidArgValueMessage, RangeError);
E('ERR_OUT_OF_RANGE', (name, range, input, replaceDefault = false) => {
  let msg = replaceDefault ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_MISSING_ARGS', (...names) => {
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  return `The ${formatList(quoted, 'and')} argument${names.length > 1 ? 's' : ''} must be specified`;
}, TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', (name) => `No such built-in module: ${name}`, Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json` +
         `${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''}` +
  ` imported from ${base}`, TypeError);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base) => {
  const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
           `${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
         `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
         `${relError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${describeReceived(value).slice('Received '.length)}.`, TypeError);
E('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', (method) => `The ${method} method is not implemented`, Error);
E('ERR_UNKNOWN_ENCODING', (enc) => `Unknown encoding: ${enc}`, TypeError);
E('ERR_UNHANDLED_ERROR', (err) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${inspect(err)})`;
}, Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
// ES modules (internal/modules/esm).
E('ERR_MODULE_NOT_FOUND', (request, base, kind = 'module') =>
  `Cannot find ${kind} '${request}' imported from ${base}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', (dir, base) =>
  `Directory import '${dir}' is not supported resolving ES modules imported from ${base}`, Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, filename) => `Unknown file extension "${ext}" for ${filename}`,
  TypeError);
// TypeScript (internal/modules/typescript).
E('ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', (message) => message, SyntaxError);
E('ERR_INVALID_TYPESCRIPT_SYNTAX', (message) => message, SyntaxError);
E('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING', (filename) =>
  `Stripping types is currently unsupported for files under node_modules, for "${filename}"`, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (protocol, schemes = ['file', 'data']) =>
  `Only URLs with a scheme in: ${schemes.length === 2 ? schemes.join(' and ') :
    `${schemes.slice(0, -1).join(', ')}, and ${schemes.at(-1)}`} are supported by the default ESM loader. ` +
  `Received protocol '${protocol}'`, Error);
E('ERR_IMPORT_ATTRIBUTE_MISSING', (url, key, value) =>
  `Module "${url}" needs an import attribute of "${key}: ${value}"`, TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', (url, type) => `Module "${url}" is not of type "${type}"`, TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value, url) =>
  `Import attribute "${key}" with value "${value}" is not supported in ${url}`, TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', (format, url) => `Unknown module format: ${format} for URL ${url}`,
  RangeError);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST', (specifier, base) =>
  `Failed to resolve module specifier "${specifier}" from "${base}": Invalid relative URL or base ` +
  'scheme is not hierarchical.', TypeError);
// Module customization hooks (internal/modules/customization_hooks).
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
  `${describeReceived(value).slice('Received '.length)}.`, TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', () =>
  'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where ' +
  'the top-level await comes from, use --experimental-print-required-tla.', Error);
// buffer, string_decoder, TextEncoder/TextDecoder, Blob.
E('ERR_BUFFER_OUT_OF_BOUNDS', (name) => (name ? `"${name}" is outside of buffer bounds` :
  'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_INVALID_BUFFER_SIZE', (size) => `Buffer size must be a multiple of ${size}`, RangeError);
E('ERR_STRING_TOO_LONG', () => `Cannot create a string longer than 0x${(2 ** 29 - 24).toString(16)} characters`,
  Error);
E('ERR_ENCODING_NOT_SUPPORTED', (encoding) => `The "${encoding}" encoding is not supported`, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', (encoding) => `The encoded data was not valid for encoding ${encoding}`,
  TypeError);

// stream, stream/promises, stream/web (internal/streams, internal/webstreams).
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_DESTROYED', (name) => `Cannot call ${name} after a stream was destroyed`, Error);
E('ERR_STREAM_ALREADY_FINISHED', (name) => `Cannot call ${name} after a stream was finished`, Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
// Web streams throw the same code as a TypeError or a RangeError.
E('ERR_INVALID_STATE', (message) => `Invalid state: ${message}`, Error);
codes.ERR_INVALID_STATE.TypeError =
  makeNodeError('ERR_INVALID_STATE', (message) => `Invalid state: ${message}`, TypeError);
codes.ERR_INVALID_STATE.RangeError =
  makeNodeError('ERR_INVALID_STATE', (message) => `Invalid state: ${message}`, RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_ARG_NOT_ITERABLE', (name) => `${String(name)} must be iterable`, TypeError);
E('ERR_MISSING_OPTION', (name) => `${name} is required`, TypeError);

// node:url, URL and URLSearchParams (internal/url.js, url.js).
E('ERR_INVALID_URL_SCHEME', (expected) => {
  const schemes = Array.isArray(expected) ? expected : [expected];
  return `The URL must be ${schemes.length === 2 ? `one of scheme ${schemes[0]} or ${schemes[1]}`
                                                 : `of scheme ${schemes[0]}`}`;
}, TypeError);
E('ERR_INVALID_FILE_URL_HOST', (platform) => `File URL host must be "localhost" or empty on ${platform}`,
  TypeError);
E('ERR_INVALID_FILE_URL_PATH', (reason) => `File URL path ${reason}`, TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_TUPLE', (name, tuple) => `${name} must be an iterable ${tuple} tuple`, TypeError);
{
  // ERR_INVALID_FILE_URL_PATH carries the offending input.
  const make = codes.ERR_INVALID_FILE_URL_PATH;
  codes.ERR_INVALID_FILE_URL_PATH = function TypeError(reason, input) {
    const err = make(reason);
    if (input !== undefined) err.input = input;
    return err;
  };
}
// Node's one error whose stack header has no [code]: "TypeError: Invalid URL", with the input (and
// the base, when one was given) as properties.
codes.ERR_INVALID_URL = function TypeError(input, base) {
  const err = new globalThis.TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base != null) err.base = base;
  return err;
};

// Node's SystemErrors: a failed libuv call, "PREFIX: SYSCALL returned CODE (MESSAGE) [PATH [=> DEST]]",
// named SystemError, with the details in err.info and errno/syscall (path/dest when known) on it as
// accessors of the info.
function defineSystemError(code, prefix) {
  codes[code] = function SystemError(context) {
    let text = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) text += ` ${context.path}`;
    if (context.dest !== undefined) text += ` => ${context.dest}`;
    const err = makeError(code, Error, text, 'SystemError');
    Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true });
    Object.defineProperty(err, 'info', { value: context, enumerable: true, configurable: true, writable: false });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (key === 'errno' || key === 'syscall' || context[key] !== undefined) {
        Object.defineProperty(err, key, {
          get() { return context[key]; }, set(v) { context[key] = v; }, enumerable: true, configurable: true,
        });
      }
    }
    return err;
  };
}
defineSystemError('ERR_SYSTEM_ERROR', 'A system error occurred');
defineSystemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed');
E('ERR_INVALID_FD', (fd) => `"fd" must be a positive integer: ${typeof fd === 'string' ? fd : inspect(fd)}`,
  RangeError);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_UNKNOWN_SIGNAL', (signal) => `Unknown signal: ${signal}`, TypeError);
E('ERR_INVALID_MODULE', (name) => `No such binding was linked: ${name}`, Error);
E('ERR_UNKNOWN_CREDENTIAL', (type, id) => `${type} identifier does not exist: ${id}`, Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
// process.report: the error whose stack a report shows when none is given.
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
// readline
E('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`, Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_CONSOLE_WRITABLE_STREAM', (name) => `Console expects a writable stream instance for ${name}`,
  TypeError);

// crypto
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', (format) => `Invalid ECDH format: ${format}`, TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', (name, detail) => `Incompatible ${name}: ${detail}`, Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', (a, b) => `The selected key encoding ${a} ${b}.`, Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', (id) => `Engine "${id}" was not found`, Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', (tag) => `Invalid authentication tag length: ${tag}`, TypeError);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', (digest) => (digest === undefined ? 'Invalid digest' : `Invalid digest: ${digest}`), TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', (detail = 'Invalid JWK data') => detail, TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', (type, expected) => `Invalid key object type ${type}, expected ${expected}.`,
  TypeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError);
E('ERR_CRYPTO_INVALID_STATE', (op) => (op === undefined ? 'Invalid state' : `Invalid state for operation ${op}`), Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', (crv) => `Unsupported JWK EC curve: ${crv}.`, Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_OPERATION_FAILED', (message = 'Operation failed') => message, Error);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_OPERATION_FAILED', (message) => `Operation failed: ${message}`, Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error);
E('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`,
  TypeError);
// crypto: encrypted private keys (crypto3).
E('ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key', TypeError);

// assert.
E('ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`, TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', (name) => `Class constructor ${name} cannot be invoked without \`new\``,
  TypeError);

// util.
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (message) => message, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (value) =>
  `Unexpected argument '${value}'. This command does not take positional arguments`, TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ? ". To specify a positional argument starting with a '-', place it at the " +
    `end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`,
  TypeError);
// fs (lib/fs.js, lib/internal/fs/*).
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
// v8.
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', (feature) =>
  `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`,
  TypeError);
// fs's SystemErrors.
for (const [code, prefix] of [
  ['ERR_FS_EISDIR', 'Path is a directory'],
  ['ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory'],
  ['ERR_FS_CP_EEXIST', 'Target already exists'],
  ['ERR_FS_CP_EINVAL', 'Invalid src or dest'],
  ['ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe'],
  ['ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory'],
  ['ERR_FS_CP_SOCKET', 'Cannot copy a socket file'],
  ['ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self'],
  ['ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type'],
]) {
  defineSystemError(code, prefix);
}

// worker_threads, MessagePort and structured clone.
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting with ' +
  `'./' or '../'.${filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : ''}` +
  `${filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : ''} Received "${filename}"`,
  TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', (name) => `${name} is not supported in workers`, TypeError);
// vm
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') => `Initiated Worker with ${msg}: ${errors.join(', ')}`, Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_HEAP_PROFILE_HAVE_BEEN_STARTED', 'heap profiler have been started', Error);
// WebAssembly's streaming functions
E('ERR_WEBASSEMBLY_RESPONSE', (what) => `WebAssembly response ${what}`, TypeError);
E('ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
// A TypeError with the code ERR_INVALID_ARG_TYPE and a message of its own, as Node's WebIDL
// conversions make ("Optional transferList argument must be an iterable").
function invalidArgTypeWithMessage(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// Web globals (EventTarget, AbortController, perf_hooks).
E('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
// (ERR_ILLEGAL_CONSTRUCTOR and ERR_INVALID_STATE, with its TypeError/RangeError forms, are above.)
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', (value) => `${value} is not a valid timestamp`, TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', (message) => message, TypeError);

// zlib
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_BROTLI_INVALID_PARAM', (p) => `${p} is not a valid Brotli parameter`, RangeError);
// zlib: zstd
E('ERR_ZSTD_INVALID_PARAM', (p) => `${p} is not a valid zstd parameter`, RangeError);

// An error as Node's C++ layer throws it: a plain `Base` with its own message and a `code`, and no
// "[code]" in its stack header (zstd's "Setting parameter failed", "pledgedSrcSize must be a number").
function nativeError(Base, code, message) {
  const error = new Base(message);
  error.code = code;
  return error;
}

// dns
E('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  return `${name} should be ${op} 0 and < 65536. ${describeReceived(port)}.`;
}, RangeError);

// What aborted operations throw: code 'ABORT_ERR', name 'AbortError', the signal's reason as cause
// (timers/promises, events.once/on, and streams and fs once they take signals).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// A system error from a binding's report ({ code, errno, syscall, path, dest, message }): what fs,
// net and the rest throw, e.g. "ENOENT: no such file or directory, open 'missing.txt'".
// child_process
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  (name) => `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`, Error);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_ASYNC_CALLBACK', (name) => `${name} must be a function`, TypeError);
E('ERR_ASYNC_TYPE', (type) => `Invalid name for async "type": ${type}`, TypeError);
E('ERR_INVALID_ASYNC_ID', (name, id) => `Invalid ${name} value: ${id}`, RangeError);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (name) => `${name} maxBuffer length exceeded`, RangeError);

// net
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) =>
  `Invalid address family: ${addressType} ${host}:${port}`, RangeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_FD_TYPE', (type) => `Unsupported fd type: ${type}`, TypeError);
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error);

// http
E('ERR_HTTP_HEADERS_SENT', (action) => `Cannot ${action} headers after they are sent to the client`, Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', (value, name) => `Invalid value "${value}" for header "${name}"`, TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', (code) => `Invalid status code: ${code}`, RangeError);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', (actual, expected) =>
  `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) ` +
  'set in header', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`, TypeError);
E('ERR_INVALID_CHAR', (name, field) =>
  (field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`), TypeError);
E('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);
E('ERR_INVALID_PROTOCOL', (protocol, expected) => `Protocol "${protocol}" not supported. Expected "${expected}"`,
  TypeError);
E('ERR_INVALID_DOMAIN_NAME', 'Unable to determine the domain name', TypeError);

// libuv's error names and messages by (negative) errno, from the binding's table.
let uvErrors;
function uvError(err) {
  if (uvErrors === undefined) {
    uvErrors = new Map();
    for (const row of internalBinding('util').errnoTable()) {
      const [errno, name, message] = row.split('\t');
      uvErrors.set(Number(errno), [name, message]);
    }
  }
  return uvErrors.get(err);
}

function uvErrorName(err) {
  return uvError(err)?.[0] ?? `Unknown system error ${err}`;
}

function uvErrorMessage(err) {
  return uvError(err)?.[1] ?? `Unknown system error ${err}`;
}

// "SYSCALL CODE[ ORIGINAL]" for a failed call reported by a libuv errno (Node's ErrnoException).
function errnoException(err, syscall, original) {
  const code = uvErrorName(err);
  const ex = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  Error.captureStackTrace(ex, errnoException);
  return ex;
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

// "connect ECONNREFUSED 127.0.0.1:80[ - Local (addr:port)]" with errno, code, syscall, address, port
// (Node's ExceptionWithHostPort).
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrorName(err);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  Error.captureStackTrace(ex, exceptionWithHostPort);
  return ex;
}

// "listen EADDRINUSE: address already in use :::80" with code, errno, syscall, address, port
// (Node's UVExceptionWithHostPort: libuv's message in the text).
function uvExceptionWithHostPort(err, syscall, address, port) {
  const code = uvErrorName(err);
  const ex = new Error(`${syscall} ${code}: ${uvErrorMessage(err)}${hostPortDetails(address, port)}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  Error.captureStackTrace(ex, uvExceptionWithHostPort);
  return ex;
}

function systemError(report) {
  const error = new Error(report.message);
  error.errno = report.errno;
  error.code = report.code;
  error.syscall = report.syscall;
  if (report.path != null) error.path = report.path;
  if (report.dest != null) error.dest = report.dest;
  return error;
}

module.exports = {
  codes, AbortError, errorWithMessage, systemError, invalidArgTypeMessage, addNumericalSeparator,
  invalidArgTypeWithMessage, describeReceived, nativeError, uvErrorName, uvErrorMessage, errnoException,
  exceptionWithHostPort, uvExceptionWithHostPort,
};
