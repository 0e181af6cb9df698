'use strict';
// node:events: EventEmitter and the module's helpers (once, on, getEventListeners, ...).
//
// Storage is what npm packages read and sometimes write directly: `_events` is a null-prototype
// object mapping each event name to its one listener (a function) or to an array of two or more;
// `_eventsCount` counts its keys; `_maxListeners` is undefined until setMaxListeners(). A once()
// listener is stored as a wrapper function whose `listener` property is the user's function.

const {
  ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR,
} = require('internal/errors').codes;
const { validateBoolean, validateFunction, validateNumber } = require('internal/validators');
// util.inspect only for an unhandled non-Error 'error': loaded then (every process loads this module).
function inspect(value) {
  return require('internal/util/format').inspect(value);
}
const {
  kMaxEventTargetListeners, kMaxEventTargetListenersWarned, unhandledErrorSites,
} = require('internal/events/symbols');
const { addAbortListener } = require('internal/events/abort');
const { once, on } = require('internal/events/promises');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Prototype members, in Node's order and, like Node's, enumerable (packages mix them in with for-in).
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false, configurable: false,
});

// Static members: the order of Object.keys(require('events')) in Node.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
// Deprecated (DEP0033, documentation only) in favour of emitter.listenerCount(type).
EventEmitter.listenerCount = function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
};
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  get() { return require('internal/events/async_resource').EventEmitterAsyncResource; },
  set: undefined,
  enumerable: true,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  get() { return defaultMaxListeners; },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false,
    writable: false,
  },
});

// events.setMaxListeners(n, ...targets): the default for emitters without their own value, or, with
// targets, each target's value.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (target != null && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Sets up an emitter's own state; EventEmitter.call(this) and `super()` both come here.
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // Listeners were set up before init (e.g. a second EventEmitter.call): keep the object's keys
    // stable from now on, clearing removed names rather than deleting them.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// EventTargets are known by their class's marker, as Node knows them (not by the global, which user
// code may replace).
function isEventTarget(value) {
  return value?.constructor?.[Symbol.for('nodejs.event_target')] === true;
}

// --- Max listeners --------------------------------------------------------------------------------

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// --- emit -----------------------------------------------------------------------------------------

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandledError = type === 'error';
  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }
  if (unhandledError) {
    const er = args.length > 0 ? args[0] : undefined;
    const err = unhandledErrorFor(er);
    let stack = null;
    if (err === er) {
      const site = {};
      Error.captureStackTrace(site, EventEmitter.prototype.emit);
      stack = site.stack;
    }
    const name = this.constructor?.name;
    unhandledErrorSites.set(err, { emitter: typeof name === 'string' && name !== 'EventEmitter' ? name : '', stack });
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) captureRejection(this, result, type, args);
  } else {
    // Listeners added or removed by a listener take effect from the next emit.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) captureRejection(this, result, type, args);
    }
  }
  return true;
};

// What emit('error', er) throws when nothing listens: er itself if it is an Error, otherwise an
// ERR_UNHANDLED_ERROR naming it, with er as `context`.
function unhandledErrorFor(er) {
  if (er instanceof Error) return er;
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const expected = `Unhandled error. (${shown})`;
  const err = new ERR_UNHANDLED_ERROR(er);
  if (err.message !== expected) {
    // internal/errors formats the value itself and leaves it out when undefined; Node always names it.
    const header = `${err.name} [${err.code}]: `;
    const stack = typeof err.stack === 'string' && err.stack.startsWith(header + err.message) ?
      header + expected + err.stack.slice(header.length + err.message.length) : undefined;
    Object.defineProperty(err, 'message', {
      __proto__: null, value: expected, writable: true, enumerable: false, configurable: true,
    });
    if (stack !== undefined) err.stack = stack;
  }
  err.context = er;
  return err;
}

// With captureRejections, a listener's rejected promise becomes a call of the emitter's
// [Symbol.for('nodejs.rejection')](err, type, ...args), or else an 'error' event.
function captureRejection(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, (err) => {
        nextTick(() => deliverRejection(emitter, err, type, args));
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function deliverRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // An 'error' listener's own rejection must not be captured again.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function nextTick(fn) {
  const process = globalThis.process;
  if (process !== undefined && typeof process.nextTick === 'function') process.nextTick(fn);
  else Promise.resolve().then(fn);
}

// --- Adding listeners -----------------------------------------------------------------------------

function storeListener(emitter, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = emitter._events;
  let existing;
  if (events === undefined) {
    events = emitter._events = { __proto__: null };
    emitter._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      emitter.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = emitter._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const max = maxListenersOf(emitter);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnMaxListeners(emitter, type, existing.length, max);
  }
  return emitter;
}

function warnMaxListeners(emitter, type, count, max) {
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to ` +
    `${describeTarget(emitter)}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  Object.assign(warning, { name: 'MaxListenersExceededWarning', emitter, type, count });
  const process = globalThis.process;
  if (process !== undefined && typeof process.emitWarning === 'function') process.emitWarning(warning);
}

// The emitter as util.inspect shows it at depth -1: "[ClassName]", or "[ClassName [tag]]" when its
// Symbol.toStringTag says something else.
function describeTarget(target) {
  for (let proto = target; proto !== null && proto !== undefined; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '' &&
        target instanceof descriptor.value) {
      const name = descriptor.value.name;
      const tag = target[Symbol.toStringTag];
      return typeof tag === 'string' && tag !== '' && tag !== name ? `[${name} [${tag}]]` : `[${name}]`;
    }
  }
  return '[Object: null prototype]';
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return storeListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return storeListener(this, type, listener, true);
};

// A listener that removes itself before its first call; `listener` is the user's function.
function onceWrapper(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    // Marked first: a 'removeListener' listener that emits `type` again must not call it twice.
    fired = true;
    target.removeListener(type, wrapper);
    return listener.apply(target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

// --- Removing listeners ---------------------------------------------------------------------------

// Removes the most recently added listener that is `listener` or a once-wrapper of it.
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  let index = list.length - 1;
  while (index >= 0 && list[index] !== listener && list[index].listener !== listener) index--;
  if (index < 0) return this;
  if (index === 0) list.shift();
  else list.splice(index, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  if (events.removeListener === undefined) {
    // Nobody listens for 'removeListener': just drop them.
    if (all) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    // One 'removeListener' event per listener, the 'removeListener' listeners themselves last.
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last added, first removed.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// --- Queries --------------------------------------------------------------------------------------

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const stored = events[type];
  if (stored === undefined) return [];
  if (typeof stored === 'function') return [unwrap ? stored.listener || stored : stored];
  const copy = stored.slice();
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      if (typeof copy[i].listener === 'function') copy[i] = copy[i].listener;
    }
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

// How many listeners `type` has, or, given `listener`, how many of them are it (or wrap it).
function countListeners(emitter, type, listener) {
  const events = emitter._events;
  if (events === undefined) return 0;
  const stored = events[type];
  if (stored === undefined) return 0;
  const matches = (fn) => fn === listener || fn.listener === listener;
  if (typeof stored === 'function') {
    if (listener == null) return 1;
    return matches(stored) ? 1 : 0;
  }
  if (listener == null) return stored.length;
  let count = 0;
  for (let i = 0; i < stored.length; i++) if (matches(stored[i])) count++;
  return count;
}

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  return countListeners(this, type, listener);
};

// Names with listeners, in insertion order (names cleared in shape mode have undefined values).
EventEmitter.prototype.eventNames = function eventNames() {
  if (this._eventsCount === 0) return [];
  const events = this._events;
  const names = [];
  for (const key of Reflect.ownKeys(events)) {
    if (events[key] !== undefined) names.push(key);
  }
  return names;
};

// --- Module helpers for emitters and EventTargets alike -------------------------------------------

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return require('internal/event_target').eventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (typeof emitterOrTarget?.[kMaxEventTargetListeners] === 'number') {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

module.exports = EventEmitter;
