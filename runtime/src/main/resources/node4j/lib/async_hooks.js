'use strict';
// node:async_hooks: AsyncLocalStorage (on Node 24's AsyncContextFrame), AsyncResource, the current
// execution's ids and resource, and createHook (see internal/async_hooks for what hooks are told).

const {
  ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID,
} = require('internal/errors').codes;
const { validateFunction, validateObject, validateString } = require('internal/validators');
const internal = require('internal/async_hooks');
const { AsyncContextFrame } = require('internal/async_context_frame');

const {
  newAsyncId, getDefaultTriggerAsyncId, emitInit, emitBefore, emitAfter, emitDestroy, hasHooks,
  executionAsyncId, triggerAsyncId, executionAsyncResource,
} = internal;

// ---- AsyncHook ----------------------------------------------------------------------------------

const kInit = Symbol('init');
const kBefore = Symbol('before');
const kAfter = Symbol('after');
const kDestroy = Symbol('destroy');
const kPromiseResolve = Symbol('promiseResolve');
const kNoPromiseHook = Symbol('kNoPromiseHook');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.destroy');
    }
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[kInit] = init;
    this[kBefore] = before;
    this[kAfter] = after;
    this[kDestroy] = destroy;
    this[kPromiseResolve] = promiseResolve;
    this[kNoPromiseHook] = false;
  }

  enable() {
    internal.enableHook(this, {
      init: this[kInit], before: this[kBefore], after: this[kAfter], destroy: this[kDestroy],
      promiseResolve: this[kPromiseResolve],
    });
    return this;
  }

  disable() {
    internal.disableHook(this);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

// ---- AsyncResource ------------------------------------------------------------------------------

const contextFrameSymbol = Symbol('context_frame');
const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
const destroyedSymbol = Symbol('destroyed');

// Resources whose destroy hook runs when they are collected (unless requireManualDestroy).
let destroyRegistry;
function registerDestroy(resource, asyncId) {
  destroyRegistry ??= new FinalizationRegistry((entry) => {
    if (!entry.destroyed) emitDestroy(entry.asyncId);
  });
  const entry = { asyncId, destroyed: false };
  Object.defineProperty(resource, destroyedSymbol, { value: entry, configurable: true });
  destroyRegistry.register(resource, entry);
}

let warnedAsyncResourceProperty = false;

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    let triggerAsyncId = options;
    let requireManualDestroy = false;
    if (typeof options !== 'number') {
      triggerAsyncId = options.triggerAsyncId === undefined ? getDefaultTriggerAsyncId()
        : options.triggerAsyncId;
      requireManualDestroy = !!options.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[contextFrameSymbol] = AsyncContextFrame.current();
    const asyncId = newAsyncId();
    this[asyncIdSymbol] = asyncId;
    this[triggerAsyncIdSymbol] = triggerAsyncId;
    if (hasHooks('init')) {
      if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
      emitInit(asyncId, type, triggerAsyncId, this);
    }
    if (!requireManualDestroy && hasHooks('destroy')) registerDestroy(this, asyncId);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[asyncIdSymbol];
    emitBefore(asyncId, this[triggerAsyncIdSymbol], this);
    const prior = AsyncContextFrame.exchange(this[contextFrameSymbol]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      AsyncContextFrame.set(prior);
      emitAfter(asyncId);
    }
  }

  emitDestroy() {
    if (this[destroyedSymbol] !== undefined) this[destroyedSymbol].destroyed = true;
    emitDestroy(this[asyncIdSymbol]);
    return this;
  }

  asyncId() {
    return this[asyncIdSymbol];
  }

  triggerAsyncId() {
    return this[triggerAsyncIdSymbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() {
          if (!warnedAsyncResourceProperty) {
            warnedAsyncResourceProperty = true;
            process.emitWarning('The asyncResource property on bound functions is deprecated',
                                'DeprecationWarning', 'DEP0172');
          }
          return self;
        },
        set(value) {
          self = value;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type ||= fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// ---- AsyncLocalStorage --------------------------------------------------------------------------

// AsyncLocalStorage.prototype.withScope's result: the store stays current until it is disposed.
class RunScope {
  #storage;
  #previousStore;
  #disposed = false;

  constructor(storage, store) {
    this.#storage = storage;
    this.#previousStore = storage.getStore();
    storage.enterWith(store);
  }

  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#storage.enterWith(this.#previousStore);
  }

  [Symbol.dispose]() {
    this.dispose();
  }
}

class AsyncLocalStorage {
  #defaultValue = undefined;
  #name = undefined;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
  }

  get name() {
    return this.#name ?? '';
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind((callback, ...args) => callback(...args));
  }

  disable() {
    AsyncContextFrame.disable(this);
  }

  enterWith(store) {
    AsyncContextFrame.set(new AsyncContextFrame(this, store));
  }

  // As Node 24's: only this storage's store is put back afterwards (what the callback entered into
  // other storages stays).
  run(store, callback, ...args) {
    const prior = this.getStore();
    this.enterWith(store);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this.enterWith(prior);
    }
  }

  exit(callback, ...args) {
    return this.run(undefined, callback, ...args);
  }

  getStore() {
    const frame = AsyncContextFrame.current();
    if (frame === undefined || !frame.has(this)) return this.#defaultValue;
    return frame.get(this);
  }

  withScope(store) {
    return new RunScope(this, store);
  }
}

// Node's provider names and numbers (the types init hooks see for the bindings' requests and handles).
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries([
    'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
    'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
    'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
    'HTTPCLIENTREQUEST', 'LOCKS', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP',
    'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT',
    'QUIC_LOGSTREAM', 'QUIC_SESSION', 'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP',
    'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP',
    'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPPROFILE',
    'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST',
    'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'ARGON2REQUEST',
    'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST',
    'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
  ].map((name, i) => [name, i])),
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
