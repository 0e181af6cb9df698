'use strict';
// AbortController and AbortSignal.
//
// A signal aborts once: its reason is set, then its 'abort' event fires, then those of the signals
// that AbortSignal.any() made depend on it (already marked aborted, with the same reason, before the
// first event fires, as the DOM standard orders it). AbortSignal.timeout()'s timer is unref'd: a
// pending timeout signal never keeps the process alive.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const {
  Event, EventTarget, defineEventHandler, initEventTarget, kTrusted,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
// util.inspect loads when an instance is first inspected (this module loads at start-up).
function inspect(value, options) {
  return require('internal/util/format').inspect(value, options);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
const { kMaxEventTargetListeners } = require('internal/events/symbols');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrow = Symbol('kDontThrow');

function isAbortSignal(value) {
  return value?.[kAborted] !== undefined;
}

// `Name { ...obj }`, or at negative depth the object itself (which inspect then shows bracketed).
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

// WebIDL's sequence<AbortSignal> errors, which Node reports with this wording.
function sequenceError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class AbortSignal extends EventTarget {
  constructor(dontThrow = undefined, { aborted = false, reason = undefined, composite = false } = {}) {
    if (dontThrow !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // Signals collect listeners from many operations: no leak warning unless asked for.
    this[kMaxEventTargetListeners] = 0;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return !!this[kAborted];
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this[kReason];
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this[kAborted]) throw this[kReason];
  }

  [inspect.custom](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  // An already aborted signal.
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrow, { aborted: true, reason });
  }

  // A signal that aborts after `delay` ms with a TimeoutError, without keeping the process alive.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    const timer = require('timers').setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  // A signal that aborts when the first of `signals` does, with its reason.
  static any(signals) {
    const sources = toSignalList(signals);
    const result = new AbortSignal(kDontThrow, { composite: true });
    result[kSourceSignals] = new Set();
    for (const signal of sources) {
      if (signal[kAborted]) {
        result[kAborted] = true;
        result[kReason] = signal[kReason];
        return result;
      }
    }
    for (const signal of sources) {
      // A composite source stands for its own sources, so chains stay one level deep.
      const roots = signal[kComposite] ? signal[kSourceSignals] : [signal];
      for (const root of roots) {
        if (root[kAborted]) continue;
        result[kSourceSignals].add(root);
        if (root[kDependantSignals] === undefined) root[kDependantSignals] = new Set();
        root[kDependantSignals].add(result);
      }
    }
    return result;
  }
}

function toSignalList(signals) {
  if (signals === null || (typeof signals !== 'object' && typeof signals !== 'function') ||
      typeof signals[Symbol.iterator] !== 'function') {
    throw sequenceError('signals cannot be converted to sequence.');
  }
  const list = [];
  for (const signal of signals) {
    if (!isAbortSignal(signal)) throw sequenceError(`signals[${list.length}] is not of type AbortSignal.`);
    list.push(signal);
  }
  return list;
}

for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, { enumerable: true });
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
for (const key of ['abort', 'timeout', 'any']) {
  Object.defineProperty(AbortSignal, key, { enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');

// Marks `signal` and the signals depending on it aborted, then fires their 'abort' events in that
// order.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  const toFire = [signal];
  signal[kAborted] = true;
  signal[kReason] = reason;
  for (const dependant of signal[kDependantSignals] ?? []) {
    if (dependant[kAborted]) continue;
    dependant[kAborted] = true;
    dependant[kReason] = reason;
    toFire.push(dependant);
  }
  if (signal[kDependantSignals] !== undefined) signal[kDependantSignals].clear();
  for (const target of toFire) {
    target.dispatchEvent(new Event('abort', { [kTrusted]: true }));
  }
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kDontThrow);
  }

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [inspect.custom](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// A fresh aborted/unaborted signal for other modules (fetch, streams): Node's newAbortSignal.
function newAbortSignal() {
  return new AbortSignal(kDontThrow);
}

module.exports = {
  AbortController, AbortSignal, abortSignal, isAbortSignal, newAbortSignal, initEventTarget,
};
