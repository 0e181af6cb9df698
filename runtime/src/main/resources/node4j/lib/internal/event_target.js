'use strict';
// EventTarget, Event and CustomEvent as Node 24 has them, plus NodeEventTarget (an EventTarget with
// EventEmitter-like on/once/emit, for modules such as worker_threads' ports) and defineEventHandler
// (the `onabort`-style attributes).
//
// Node's targets are flat: no tree, so no capturing or bubbling phase. `capture` only tells two
// registrations of one listener apart, and an event is only ever AT_TARGET while dispatched.
//
// Each target keeps, per event type, a doubly linked list of listener records. Dispatch reads a
// record's successor before calling it, so a listener removed by an earlier one is skipped, and one
// added while dispatching runs in the same dispatch unless the current record was the last.

const {
  codes: {
    ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const {
  kMaxEventTargetListeners, kMaxEventTargetListenersWarned, kResistStopPropagation, kWeakHandler,
  kIsNodeStyleListener, kTrusted,
} = require('internal/events/symbols');
const { validateAbortSignal } = require('internal/events/abort');
const { now } = require('internal/perf/utils');
// util.inspect loads when an instance is first inspected (this module loads at start-up).
function inspect(value, options) {
  return require('internal/util/format').inspect(value, options);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');

const customInspect = inspect.custom;
const kEmptyObject = Object.freeze({ __proto__: null });

// Nested inspect options: one level less deep.
function innerOptions(options) {
  return { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
}

// WebIDL's DOMString conversion of an event type.
function toDOMString(value) {
  if (typeof value === 'symbol') {
    const err = new TypeError('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return `${value}`;
}

// ---- Event ---------------------------------------------------------------------------------------

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;
  #trusted = false;
  #inPassiveListener = false;

  // options: { bubbles, cancelable, composed }, each taken as a boolean.
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null) validateObject(options, 'options');
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this.#trusted = !!options?.[kTrusted];
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kStop] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspect](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, innerOptions(options))}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this.#cancelable && !this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!value) this.preventDefault();
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return isEvent(this) && #trusted in this ? this.#trusted : false;
  }

  // Dispatch's view of the passive flag: preventDefault() does nothing inside passive listeners.
  static setInPassiveListener(event, value) {
    event.#inPassiveListener = value;
  }
}

// Web IDL attributes and operations are enumerable; the phase constants are on the class only.
for (const key of Object.getOwnPropertyNames(Event.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Event.prototype, key, { enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});
const setInPassiveListener = Event.setInPassiveListener;
delete Event.setInPassiveListener;
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
                             ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  #detail;

  // options: Event's, plus { detail } (default null).
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---- Listener records ----------------------------------------------------------------------------

// One registration. `listener` is the function or handleEvent object (held through a WeakRef when
// `weak`); records of one type form a list under a root { size, next, last }.
class Listener {
  constructor(root, listener, flags) {
    this.prev = root.last ?? root;
    this.next = undefined;
    this.prev.next = this;
    root.last = this;
    this.once = flags.once;
    this.capture = flags.capture;
    this.passive = flags.passive;
    this.isNodeStyleListener = flags.isNodeStyleListener;
    this.resistStopPropagation = flags.resistStopPropagation;
    this.weak = flags.weak !== undefined;
    this.removed = false;
    this.ref = this.weak && typeof WeakRef === 'function' && typeof listener === 'object' ?
      new WeakRef(listener) : undefined;
    this.strong = this.ref === undefined ? listener : undefined;
  }

  get listener() {
    return this.ref !== undefined ? this.ref.deref() : this.strong;
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  unlink(root) {
    this.removed = true;
    this.prev.next = this.next;
    if (this.next !== undefined) this.next.prev = this.prev;
    if (root.last === this) root.last = this.prev === root ? undefined : this.prev;
  }

  call(target, arg) {
    const listener = this.listener;
    if (listener === undefined) return undefined;
    if (typeof listener === 'function') return listener.call(target, arg);
    return listener.handleEvent(arg);
  }
}

function newRoot() {
  return { size: 0, next: undefined, last: undefined };
}

// addEventListener's third argument: a boolean (capture) or an options object.
function listenerFlags(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// A function or an object (whose handleEvent is looked up at each call) is a listener; null and
// undefined are accepted and ignored; anything else is an error.
function isListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

// A listener's exception (or its promise's rejection) becomes an uncaught exception on the next tick,
// after the other listeners ran.
function reportListenerError(err) {
  process.nextTick(() => { throw err; });
}

function watchResult(result) {
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, reportListenerError);
}

// ---- EventTarget ---------------------------------------------------------------------------------

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = require('events').defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Hooks for subclasses: a listener was added (size: listeners of `type` now) or removed.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const flags = listenerFlags(options);
    const signal = flags.signal;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');

    if (!isListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);

    if (signal !== undefined) {
      if (signal.aborted) return;
      // The target holds the signal's listener weakly: a signal alone keeps no target alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    const capture = flags.capture === true;
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = newRoot();
      this[kEvents].set(type, root);
    } else {
      for (let record = root.next; record !== undefined; record = record.next) {
        if (record.same(listener, capture)) return;
      }
    }
    new Listener(root, listener, { ...flags, capture });
    root.size++;
    this[kNewListener](root.size, type, listener, flags.once === true, capture, flags.passive === true,
                       flags.weak !== undefined);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isListener(listener)) return;
    type = toDOMString(type);
    // As in Node, only an options object says capture here (a bare `true` does not).
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let record = root.next; record !== undefined; record = record.next) {
      if (record.same(listener, capture)) {
        removeRecord(this, type, root, record);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Calls the listeners of `type`: Node-style listeners get `nodeValue`, the others an Event (the one
  // given, or one made by kCreateEvent the first time such a listener needs it).
  [kHybridDispatch](nodeValue, type, event) {
    const makeEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    let record = root?.next;
    while (record !== undefined && (record.resistStopPropagation || event?.[kStop] !== true)) {
      const next = record.next;
      if (record.removed || (event?.[kStop] === true && !record.resistStopPropagation)) {
        record = next;
        continue;
      }
      if (record.once) removeRecord(this, type, root, record);
      try {
        const arg = record.isNodeStyleListener ? nodeValue : makeEvent();
        if (record.passive && !record.isNodeStyleListener) setInPassiveListener(arg, true);
        let result;
        try {
          result = record.call(this, arg);
        } finally {
          if (record.passive && !record.isNodeStyleListener) setInPassiveListener(arg, false);
        }
        // As in Node, the event stops counting as dispatched (no currentTarget, phase NONE) once
        // its first listener returned.
        if (!record.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        if (result !== undefined && result !== null) watchResult(result);
      } catch (err) {
        reportListenerError(err);
      }
      record = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, innerOptions(options))}`;
  }
}

function removeRecord(target, type, root, record) {
  record.unlink(root);
  root.size--;
  if (root.size === 0) target[kEvents].delete(type);
  target[kRemoveListener](root.size, type, record.listener, record.capture);
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// The listeners of `type` on an EventTarget, in order (events.getEventListeners).
function eventTargetListeners(target, type) {
  const listeners = [];
  const root = target[kEvents]?.get(type);
  for (let record = root?.next; record !== undefined; record = record.next) {
    const listener = record.listener;
    if (listener !== undefined && !record.removed) listeners.push(listener);
  }
  return listeners;
}

// ---- NodeEventTarget -----------------------------------------------------------------------------

// An EventTarget that also speaks EventEmitter's language; on() listeners receive emit()'s value.
class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    require('events').setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kEvents].get(String(type))?.size ?? 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) this[kEvents].delete(`${type}`);
    else this[kEvents].clear();
    return this;
  }
}

const kIsNodeEventTarget = Symbol('kNodeEventTarget');

function initNodeEventTarget(self) {
  self[kIsNodeEventTarget] = true;
}

function isNodeEventTarget(value) {
  return value?.[kIsNodeEventTarget] === true;
}

// ---- Event handler attributes (onabort, onmessage...) --------------------------------------------

// A listener standing for an `on<event>` attribute: registered once, in the place of the first
// assignment; later assignments change what it calls.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(prototype, name, type = name) {
  Object.defineProperty(prototype, `on${name}`, {
    __proto__: null,
    get: {
      [`on${name}`]() {
        if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
        return this[kHandlers]?.get(type)?.handler ?? null;
      },
    }[`on${name}`],
    set: {
      [`on${name}`](value) {
        if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
        let wrapper = this[kHandlers].get(type);
        const root = this[kEvents].get(type);
        if (wrapper !== undefined && root !== undefined) {
          // As in Node, the handler counts as a listener only while it is a function: replacing a
          // function by null is a removal for the target's hooks (a MessagePort unrefs), and back.
          if (typeof wrapper.handler === 'function') {
            root.size--;
            this[kRemoveListener](root.size, type, wrapper.handler, false);
          }
          wrapper.handler = value;
          if (typeof value === 'function') {
            root.size++;
            this[kNewListener](root.size, type, value, false, false, false, false);
          }
        } else {
          wrapper = makeEventHandler(value);
          this.addEventListener(type, wrapper);
          this[kHandlers].set(type, wrapper);
        }
      },
    }[`on${name}`],
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  Event, CustomEvent, EventTarget, NodeEventTarget, defineEventHandler, initEventTarget,
  initNodeEventTarget, isEventTarget, isEvent, eventTargetListeners, kEvents, kTarget, kType,
  kNewListener, kRemoveListener, kCreateEvent, kHybridDispatch, kIsEventTarget, kTrusted,
  kWeakHandler, kResistStopPropagation,
};
