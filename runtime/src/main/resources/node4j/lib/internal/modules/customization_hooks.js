'use strict';
// module.registerHooks(): synchronous resolve and load hooks, run on the thread that loads the module.
// Each kind forms a chain, the hooks registered last called first and Node's default step last; a hook
// passes on by calling next(), or ends the chain by returning shortCircuit: true. Both loaders (the
// CommonJS one for require(), the ES module one for import) run their requests through here while any
// hook is registered.

const { validateFunction } = require('internal/validators');
const { ERR_INVALID_RETURN_PROPERTY_VALUE } = require('internal/errors').codes;

const registered = [];
let nextId = 0;
const kId = Symbol('kModuleHooksIdKey');

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
    this[kId] = Symbol(`module-hook-${nextId++}`);
  }

  deregister() {
    const at = registered.indexOf(this);
    if (at !== -1) registered.splice(at, 1);
  }
}

function registerHooks(hooks) {
  if (hooks === undefined || hooks === null) {
    throw new TypeError(`Cannot destructure property 'resolve' of 'hooks' as it is ${hooks}.`);
  }
  const { resolve, load } = hooks;
  if (resolve !== undefined) validateFunction(resolve, 'hooks.resolve');
  if (load !== undefined) validateFunction(load, 'hooks.load');
  const entry = new ModuleHooks(resolve, load);
  registered.push(entry);
  return entry;
}

// Whether import requests must go through the chains at all (sync hooks, or module.register()'s).
function active() {
  return registered.length > 0 || asyncHooks > 0;
}

// Whether require() requests must: module.register()'s hooks apply to import only in node4j.
function syncActive() {
  return registered.length > 0;
}

// --- module.register(): asynchronous hooks on a thread of their own ---

let thread; // { worker, port, signal, nextId }
let asyncHooks = 0;

function startThread() {
  const { Worker, MessageChannel } = require('worker_threads');
  const { kInternalThread } = require('internal/worker');
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker('internal/modules/hooks_thread', {
    eval: true, [kInternalThread]: true, workerData: { port: port2, signal }, transferList: [port2],
  });
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal, nextId: 0 };
}

// Asks the hooks thread and waits for its answer (the main thread blocks, as Node's does).
function call(type, payload, transferList) {
  thread ??= startThread();
  const { receiveMessageOnPort } = require('worker_threads');
  const id = thread.nextId++;
  thread.port.postMessage({ id, type, ...payload }, transferList ?? []);
  for (;;) {
    const seen = Atomics.load(thread.signal, 0);
    const received = receiveMessageOnPort(thread.port);
    if (received !== undefined) {
      const { message } = received;
      if (message.id !== id) continue;
      if (message.error !== undefined) throw rebuildError(message.error);
      return message.value;
    }
    Atomics.wait(thread.signal, 0, seen);
  }
}

function rebuildError(described) {
  if (!('message' in described)) return described.value;
  const Class = { TypeError, RangeError, SyntaxError, ReferenceError }[described.name] ?? Error;
  const err = new Class(described.message);
  if (described.name !== err.name) {
    Object.defineProperty(err, 'name', { value: described.name, configurable: true, writable: true });
  }
  if (described.code !== undefined) err.code = described.code;
  if (typeof described.stack === 'string') err.stack = described.stack;
  return err;
}

function register(specifier, parentURL = undefined, options = undefined) {
  const { isURL } = require('internal/url');
  if (parentURL !== null && typeof parentURL === 'object' && !isURL(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  parentURL ??= 'data:';
  call('register', { specifier: `${specifier}`, parentURL: `${parentURL}`, data: options?.data },
       options?.transferList);
  asyncHooks++;
}

// The async chains, as the last step of the sync ones (so registerHooks() hooks run first).
function asyncResolve(specifier, context) {
  return call('resolve', { specifier, context: plainContext(context) });
}

function asyncLoad(url, context) {
  return call('load', { url, context: plainContext(context) });
}

function hasAsyncHooks() {
  return asyncHooks > 0;
}

function plainContext(context) {
  const plain = {};
  for (const key of Object.keys(context ?? {})) plain[key] = context[key];
  if (plain.importAttributes !== undefined) plain.importAttributes = { ...plain.importAttributes };
  return plain;
}

class ModuleResolveContext {
  constructor(parentURL, importAttributes, conditions) {
    this.parentURL = parentURL;
    this.importAttributes = importAttributes;
    this.conditions = conditions;
  }
}

class ModuleLoadContext {
  constructor(format, importAttributes, conditions) {
    this.format = format;
    this.importAttributes = importAttributes;
    this.conditions = conditions;
  }
}

// Runs the `kind` chain of `entries` (hook sets, last registered last) for `input` (a specifier or a
// URL), Node's `defaultStep` after the last; a context passed to next() is merged over the one the
// hook was given. The async hooks thread runs the same chains with `settle` waiting for each hook's
// promise, and names each hook in its errors as Node does (`name`).
function runChain(entries, kind, input, context, defaultStep,
                  { settle = (value, then) => then(value), name = () => kind, checkURL = false } = {}) {
  const hooks = entries.filter((entry) => typeof entry[kind] === 'function');
  const step = (index, value, stepContext) => {
    if (index < 0) return defaultStep(value, stepContext);
    let calledNext = false;
    const next = (nextValue, nextContext) => {
      calledNext = true;
      const merged = nextContext === undefined || nextContext === stepContext ? stepContext :
        { ...stepContext, ...nextContext };
      return step(index - 1, nextValue, merged);
    };
    return settle(hooks[index][kind](value, stepContext, next), (result) => {
      if (!calledNext && (result === undefined || result === null)) {
        throw new TypeError(`Cannot read properties of ${result} (reading 'shortCircuit')`);
      }
      if (!calledNext && result.shortCircuit !== true) {
        throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', name(hooks[index]), 'shortCircuit', result.shortCircuit);
      }
      if (checkURL && typeof result?.url !== 'string') {
        throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name(hooks[index]), 'url', result?.url);
      }
      return result;
    });
  };
  return step(hooks.length - 1, input, context);
}

// { url, format, importAttributes } for `specifier`; defaultResolve(specifier, context) is Node's own.
function resolve(specifier, parentURL, importAttributes, conditions, defaultResolve) {
  const result = runChain(registered, 'resolve', specifier,
                          new ModuleResolveContext(parentURL, importAttributes, conditions), defaultResolve);
  if (result === undefined || result === null) {
    throw new TypeError(`Cannot destructure property 'url' of 'result' as it is ${result}.`);
  }
  const { url, format } = result;
  if (typeof url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', 'resolve', 'url', url);
  }
  return { url, format, importAttributes: result.importAttributes ?? importAttributes };
}

// { format, source } for `url`; the source is a string, an ArrayBuffer or a TypedArray, or null for
// formats without one (builtin), when `sourceOptional` says that is allowed.
function load(url, format, importAttributes, conditions, defaultLoad, sourceOptional = () => false) {
  const result = runChain(registered, 'load', url, new ModuleLoadContext(format, importAttributes, conditions),
                          defaultLoad);
  if (result === undefined || result === null) {
    throw new TypeError(`Cannot destructure property 'format' of 'result' as it is ${result}.`);
  }
  const { source } = result;
  if (typeof source !== 'string' && !isBinary(source) &&
      !((source === null || source === undefined) && sourceOptional(result.format))) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', 'load',
                                                'source', source);
  }
  return { format: result.format, source };
}

function isBinary(value) {
  return value instanceof ArrayBuffer || value instanceof SharedArrayBuffer || ArrayBuffer.isView(value);
}

// A source as text (UTF-8 for bytes).
function sourceText(source) {
  if (typeof source === 'string') return source;
  const bytes = ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) :
    new Uint8Array(source);
  return new TextDecoder().decode(bytes);
}

module.exports = {
  registerHooks, register, runChain, active, syncActive, hasAsyncHooks, asyncResolve, asyncLoad, resolve, load, sourceText,
};
