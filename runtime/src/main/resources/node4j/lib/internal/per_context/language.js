'use strict';
// The JavaScript language as Node 24's V8 (13.6) has it, made from what GraalJS 25 offers with
// ecmascript-version 'staging' (see Engines.java): explicit resource management's library half
// (DisposableStack, AsyncDisposableStack, SuppressedError and the iterators' dispose methods: the
// `using` syntax itself is the parser's, and GraalJS has none), the Intl.Locale info getters V8 still
// has, and none of the proposals V8 13.6 does not ship. Run once per realm: the main context's, each
// worker's and each vm context's (internal/vm.js compiles this function's source in the new realm, so
// it may use nothing but its arguments and the realm's own globals).

// `shared` is what every realm must have in common: the well-known symbols and the stacks' states (a
// stack made in one realm works with another realm's methods, as internal slots do in V8). The main
// realm's call makes it and returns it.
function installLanguage(global, shared) {
  'use strict';
  const {
    Object, Reflect, Symbol, TypeError, ReferenceError, Error, Promise, Function, WeakMap, Iterator, Intl,
  } = global;
  const define = (target, key, value) => Reflect.defineProperty(target, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });

  shared ??= {
    dispose: Symbol.dispose ?? Symbol('Symbol.dispose'),
    asyncDispose: Symbol.asyncDispose ?? Symbol('Symbol.asyncDispose'),
    states: new WeakMap(),
  };
  for (const name of ['dispose', 'asyncDispose']) {
    if (Symbol[name] === undefined) Reflect.defineProperty(Symbol, name, { __proto__: null, value: shared[name] });
  }
  const { dispose: kDispose, asyncDispose: kAsyncDispose } = Symbol;

  // Proposals GraalJS stages that V8 13.6 does not ship.
  const remove = [
    [String, 'dedent'], [Math, 'sumPrecise'], [Iterator, 'concat'],
    [global.Map.prototype, 'getOrInsert'], [global.Map.prototype, 'getOrInsertComputed'],
    [WeakMap.prototype, 'getOrInsert'], [WeakMap.prototype, 'getOrInsertComputed'],
    [global.Uint8Array, 'fromBase64'], [global.Uint8Array, 'fromHex'],
    [global.Uint8Array.prototype, 'toBase64'], [global.Uint8Array.prototype, 'toHex'],
    [global.Uint8Array.prototype, 'setFromBase64'], [global.Uint8Array.prototype, 'setFromHex'],
    [global.FinalizationRegistry.prototype, 'cleanupSome'],
  ];
  if (Intl !== undefined) remove.push([Intl.Locale.prototype, 'variants']);
  for (const [target, key] of remove) Reflect.deleteProperty(target, key);

  // V8 keeps the Intl Locale Info proposal's first form, getters, beside its methods; its week info
  // has no minimalDays (dropped from the proposal).
  if (Intl !== undefined) {
    const proto = Intl.Locale.prototype;
    const getWeekInfo = proto.getWeekInfo;
    if (typeof getWeekInfo === 'function') {
      define(proto, 'getWeekInfo', {
        getWeekInfo() {
          const info = Reflect.apply(getWeekInfo, this, []);
          Reflect.deleteProperty(info, 'minimalDays');
          return info;
        },
      }.getWeekInfo);
    }
    for (const name of ['calendars', 'collations', 'hourCycles', 'numberingSystems', 'textInfo', 'timeZones',
                        'weekInfo']) {
      const method = proto[`get${name[0].toUpperCase()}${name.slice(1)}`];
      if (typeof method !== 'function' || Reflect.getOwnPropertyDescriptor(proto, name) !== undefined) continue;
      Reflect.defineProperty(proto, name, {
        __proto__: null,
        get: Reflect.getOwnPropertyDescriptor({ get [name]() { return Reflect.apply(method, this, []); } }, name).get,
        enumerable: false,
        configurable: true,
      });
    }
  }

  // WebAssembly's members in V8's order (Node adds compileStreaming and instantiateStreaming after).
  const { WebAssembly } = global;
  if (typeof WebAssembly === 'object') {
    for (const key of ['compile', 'validate', 'instantiate', 'Module', 'Instance', 'Table', 'Memory', 'Global',
                       'CompileError', 'LinkError', 'RuntimeError']) {
      const desc = Reflect.getOwnPropertyDescriptor(WebAssembly, key);
      if (desc === undefined) continue;
      Reflect.deleteProperty(WebAssembly, key);
      Reflect.defineProperty(WebAssembly, key, desc);
    }
  }

  // V8's text for a value in a TypeError (its side-effect-free ToString): primitives as themselves,
  // functions by their source, errors as "Name: message", plain instances as #<Constructor>, the
  // rest by their builtin tag.
  const objectToString = Object.prototype.toString;
  const errorToString = Error.prototype.toString;
  const dataProperty = (object, key) => {
    for (let o = object; o !== null; o = Reflect.getPrototypeOf(o)) {
      const desc = Reflect.getOwnPropertyDescriptor(o, key);
      if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
    }
    return undefined;
  };
  const describe = (value) => {
    if (typeof value === 'symbol') return Reflect.apply(Symbol.prototype.toString, value, []);
    if (typeof value === 'function') return Reflect.apply(Function.prototype.toString, value, []);
    if (typeof value !== 'object' || value === null) return `${value}`;
    const toString = dataProperty(value, 'toString');
    if (toString === errorToString) {
      const name = dataProperty(value, 'name');
      const message = dataProperty(value, 'message');
      const n = name === undefined ? 'Error' : `${name}`;
      const m = message === undefined ? '' : `${message}`;
      return n === '' ? m : m === '' ? n : `${n}: ${m}`;
    }
    if (toString === objectToString) {
      const ctor = dataProperty(value, 'constructor');
      const name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : undefined;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
    return Reflect.apply(objectToString, value, []);
  };
  const notAFunction = (value) => new TypeError(`${describe(value)} is not a function`);

  // SuppressedError(error, suppressed, message): callable with or without new, as the other errors.
  function SuppressedError(error, suppressed, message) {
    const newTarget = new.target ?? SuppressedError;
    const object = Reflect.construct(Error, message === undefined ? [] : [`${message}`], newTarget);
    Error.captureStackTrace?.(object, newTarget);
    define(object, 'error', error);
    define(object, 'suppressed', suppressed);
    return object;
  }
  Reflect.setPrototypeOf(SuppressedError, Error);
  const suppressedProto = Object.create(Error.prototype);
  define(suppressedProto, 'constructor', SuppressedError);
  define(suppressedProto, 'name', 'SuppressedError');
  define(suppressedProto, 'message', '');
  Reflect.defineProperty(SuppressedError, 'prototype', { __proto__: null, value: suppressedProto, writable: false });
  define(global, 'SuppressedError', SuppressedError);

  const suppress = (error, suppressed) =>
    new SuppressedError(error, suppressed, 'An error was suppressed during disposal');

  // A disposable stack's resources: { value, method, async } in the order added, run last first.
  // The state of each stack lives here, not on it, so its only own properties are the user's.
  const { states } = shared;
  const receiverState = (receiver, className, method, prefix = '') => {
    const state = states.get(receiver);
    if (state === undefined || state.className !== className) {
      throw new TypeError(
        `Method ${prefix}${className}.prototype.${method} called on incompatible receiver ${describe(receiver)}`);
    }
    return state;
  };
  const pendingState = (receiver, className, method) => {
    const state = receiverState(receiver, className, method);
    if (state.disposed) {
      // V8 names the sync class in both messages.
      throw new ReferenceError(`Cannot call ${className}.prototype.${method} on an already-disposed DisposableStack`);
    }
    return state;
  };
  const disposeMethod = (value, async) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
      throw new TypeError('An object is expected with `using` declarations');
    }
    if (async) {
      const method = value[kAsyncDispose];
      if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw notAFunction(kAsyncDispose);
        return method;
      }
    }
    const method = value[kDispose];
    if (typeof method !== 'function') throw notAFunction(kDispose);
    if (!async) return method;
    // A sync disposer under an async stack: its result is ignored, its throw is the promise's rejection.
    return function () {
      return new Promise((resolve) => {
        Reflect.apply(method, this, []);
        resolve(undefined);
      });
    };
  };
  const moved = (state, proto) => {
    const next = Object.create(proto);
    states.set(next, { className: state.className, disposed: false, resources: state.resources });
    state.resources = [];
    state.disposed = true;
    return next;
  };

  function DisposableStack() {
    if (new.target === undefined) throw new TypeError("Constructor DisposableStack requires 'new'");
    states.set(this, { className: 'DisposableStack', disposed: false, resources: [] });
  }
  const disposableMethods = {
    use(value) {
      const state = pendingState(this, 'DisposableStack', 'use');
      if (value === null || value === undefined) return value;
      state.resources.push({ value, method: disposeMethod(value, false) });
      return value;
    },
    dispose() {
      const state = receiverState(this, 'DisposableStack', 'dispose');
      if (state.disposed) return undefined;
      state.disposed = true;
      const { resources } = state;
      state.resources = [];
      let failed = false;
      let error;
      for (let i = resources.length - 1; i >= 0; i--) {
        try {
          Reflect.apply(resources[i].method, resources[i].value, []);
        } catch (e) {
          error = failed ? suppress(e, error) : e;
          failed = true;
        }
      }
      if (failed) throw error;
      return undefined;
    },
    adopt(value, onDispose) {
      const state = pendingState(this, 'DisposableStack', 'adopt');
      if (typeof onDispose !== 'function') throw notAFunction(onDispose);
      state.resources.push({ value: undefined, method: () => Reflect.apply(onDispose, undefined, [value]) });
      return value;
    },
    defer(onDispose) {
      const state = pendingState(this, 'DisposableStack', 'defer');
      if (typeof onDispose !== 'function') throw notAFunction(onDispose);
      state.resources.push({ value: undefined, method: onDispose });
      return undefined;
    },
    move() {
      return moved(pendingState(this, 'DisposableStack', 'move'), DisposableStack.prototype);
    },
    get disposed() {
      return receiverState(this, 'DisposableStack', 'disposed', 'get ').disposed;
    },
  };

  function AsyncDisposableStack() {
    if (new.target === undefined) throw new TypeError("Constructor AsyncDisposableStack requires 'new'");
    states.set(this, { className: 'AsyncDisposableStack', disposed: false, resources: [] });
  }
  // The spec's DisposeResources with Await: null and undefined resources still cost one await.
  async function disposeAsyncResources(resources) {
    let failed = false;
    let error;
    let needsAwait = false;
    let hasAwaited = false;
    for (let i = resources.length - 1; i >= 0; i--) {
      const { value, method } = resources[i];
      if (method === undefined) {
        needsAwait = true;
        continue;
      }
      try {
        const result = Reflect.apply(method, value, []);
        hasAwaited = true;
        await result;
      } catch (e) {
        error = failed ? suppress(e, error) : e;
        failed = true;
      }
    }
    if (needsAwait && !hasAwaited) await undefined;
    if (failed) throw error;
    return undefined;
  }
  const asyncDisposableMethods = {
    use(value) {
      const state = pendingState(this, 'AsyncDisposableStack', 'use');
      if (value === null || value === undefined) {
        state.resources.push({ value: undefined, method: undefined });
        return value;
      }
      state.resources.push({ value, method: disposeMethod(value, true) });
      return value;
    },
    disposeAsync() {
      const state = states.get(this);
      if (state === undefined || state.className !== 'AsyncDisposableStack') {
        return new Promise((resolve, reject) => reject(new TypeError('Receiver is not an AsyncDisposableStack')));
      }
      if (state.disposed) return new Promise((resolve) => resolve(undefined));
      state.disposed = true;
      const { resources } = state;
      state.resources = [];
      return disposeAsyncResources(resources);
    },
    adopt(value, onDisposeAsync) {
      const state = pendingState(this, 'AsyncDisposableStack', 'adopt');
      if (typeof onDisposeAsync !== 'function') throw notAFunction(onDisposeAsync);
      state.resources.push({ value: undefined, method: () => Reflect.apply(onDisposeAsync, undefined, [value]) });
      return value;
    },
    defer(onDisposeAsync) {
      const state = pendingState(this, 'AsyncDisposableStack', 'defer');
      if (typeof onDisposeAsync !== 'function') throw notAFunction(onDisposeAsync);
      state.resources.push({ value: undefined, method: onDisposeAsync });
      return undefined;
    },
    move() {
      return moved(pendingState(this, 'AsyncDisposableStack', 'move'), AsyncDisposableStack.prototype);
    },
    get disposed() {
      return receiverState(this, 'AsyncDisposableStack', 'disposed', 'get ').disposed;
    },
  };

  for (const [ctor, methods, disposeKey, disposeName] of [
    [DisposableStack, disposableMethods, kDispose, 'dispose'],
    [AsyncDisposableStack, asyncDisposableMethods, kAsyncDispose, 'disposeAsync'],
  ]) {
    const proto = ctor.prototype;
    for (const key of Reflect.ownKeys(methods)) {
      const desc = Reflect.getOwnPropertyDescriptor(methods, key);
      desc.enumerable = false;
      Reflect.defineProperty(proto, key, desc);
    }
    define(proto, disposeKey, proto[disposeName]);
    Reflect.defineProperty(proto, Symbol.toStringTag, {
      __proto__: null, value: ctor.name, writable: false, enumerable: false, configurable: true,
    });
    Reflect.defineProperty(ctor, 'prototype', { __proto__: null, writable: false });
    define(global, ctor.name, ctor);
  }

  // Iterators close themselves when disposed.
  define(Iterator.prototype, kDispose, {
    [kDispose]() {
      const ret = this.return;
      if (ret === undefined || ret === null) return undefined;
      if (typeof ret !== 'function') throw notAFunction(ret);
      Reflect.apply(ret, this, []);
      return undefined;
    },
  }[kDispose]);
  const asyncIteratorProto = Reflect.getPrototypeOf(Reflect.getPrototypeOf((async function* () {}).prototype));
  define(asyncIteratorProto, kAsyncDispose, {
    async [kAsyncDispose]() {
      const ret = this.return;
      if (ret === undefined || ret === null) return undefined;
      if (typeof ret !== 'function') throw notAFunction(ret);
      await Reflect.apply(ret, this, [undefined]);
      return undefined;
    },
  }[kAsyncDispose]);
  return shared;
}

module.exports = {
  installLanguage,
  // What the main realm's installLanguage returned, for the realms made later.
  shared: undefined,
};
