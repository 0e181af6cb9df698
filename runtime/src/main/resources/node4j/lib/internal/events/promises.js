'use strict';
// events.once(emitter, name) and events.on(emitter, name): an event as a promise, a stream of events
// as an async iterator. Both take EventEmitters or EventTargets (anything with on/once/removeListener
// or addEventListener/removeEventListener) and an optional AbortSignal.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { validateObject, validateInteger } = require('internal/validators');
const { AbortError, validateAbortSignal, addAbortListener, disposeSymbol } = require('internal/events/abort');
const { kResistStopPropagation, kFirstEventParam, kWatermarkData } = require('internal/events/symbols');

const kNoOptions = Object.freeze({ __proto__: null });
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// Listens on an EventEmitter (with once() when flags.once) or else an EventTarget.
function listen(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Resolves with the arguments of the next `name` event; rejects if an 'error' event comes first
// (EventEmitters only) or the signal aborts.
async function once(emitter, name, options = kNoOptions) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  return new Promise((resolve, reject) => {
    const flags = { __proto__: null, once: true, [kResistStopPropagation]: true };
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) unlisten(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) unlisten(signal, 'abort', onAbort);
      resolve(args);
    };
    function onAbort() {
      unlisten(emitter, name, onEvent);
      unlisten(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    listen(emitter, name, onEvent, flags);
    // EventTargets have no special 'error' event: only emitters' errors reject.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal != null) listen(signal, 'abort', onAbort, flags);
  });
}

// A first-in first-out queue.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get size() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const done = (value, isDone) => ({ value, done: isDone });

// An async iterator of `event`'s argument arrays. Events that come while nobody waits are buffered;
// past highWaterMark buffered events the emitter is paused, and resumed below lowWaterMark. An
// 'error' event (EventEmitters only) rejects the next next() and ends the iteration, as do the
// signal's abort and any of the `close` events (those without an error).
function on(emitter, event, options = kNoOptions) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const high = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  const buffered = new Queue();
  const waiting = new Queue();
  let paused = false;
  let pendingError = null;
  let finished = false;
  const registered = [];
  let abortRegistration = null;

  function track(target, name, handler) {
    listen(target, name, handler);
    registered.push([target, name, handler]);
  }

  function onEvent(value) {
    if (waiting.size > 0) {
      waiting.shift().resolve(done(value, false));
      return;
    }
    buffered.push(value);
    if (!paused && buffered.size > high) {
      paused = true;
      emitter.pause();
    }
  }

  function onError(err) {
    if (waiting.size > 0) waiting.shift().reject(err);
    else pendingError = err;
    finish();
  }

  function finish() {
    if (abortRegistration !== null) abortRegistration[disposeSymbol()]();
    while (registered.length > 0) unlisten(...registered.pop());
    finished = true;
    const end = done(undefined, true);
    while (waiting.size > 0) waiting.shift().resolve(end);
    return Promise.resolve(end);
  }

  const iterator = Object.setPrototypeOf({
    next() {
      if (buffered.size > 0) {
        const value = buffered.shift();
        if (paused && buffered.size < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(done(value, false));
      }
      if (pendingError) {
        // The error is reported once; later calls see the finished iteration.
        const rejection = Promise.reject(pendingError);
        pendingError = null;
        return rejection;
      }
      if (finished) return finish();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },

    return() {
      return finish();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() { return buffered.size; },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  track(emitter, event, options[kFirstEventParam] ? onEvent : (...args) => onEvent(args));
  if (event !== 'error' && typeof emitter.on === 'function') track(emitter, 'error', onError);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) track(emitter, closeEvents[i], finish);
  }
  if (signal) {
    abortRegistration = addAbortListener(signal, () => {
      onError(new AbortError(undefined, { cause: signal?.reason }));
    });
  }
  return iterator;
}

module.exports = { once, on };
