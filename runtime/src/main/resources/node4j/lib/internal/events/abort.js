'use strict';
// AbortSignal support for events: the AbortError that aborted operations reject with, the signal
// check of `{ signal }` options, and events.addAbortListener.
//
// Signals are recognised by shape (an object with an `aborted` property), as Node does, so this works
// with any AbortSignal implementation and needs none loaded.

const { codes: { ERR_INVALID_ARG_TYPE }, AbortError } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { kResistStopPropagation } = require('internal/events/symbols');

function validateAbortSignal(signal, name) {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// Runs fn after the current synchronous code, before any I/O: queueMicrotask where the global exists.
function runSoon(fn) {
  if (typeof globalThis.queueMicrotask === 'function') globalThis.queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

// Symbol.dispose once the engine or the bootstrap provides it; until then a registered stand-in.
function disposeSymbol() {
  return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('nodejs.dispose');
}

// Calls listener once when signal aborts (soon, if it already has); returns a disposable whose
// [Symbol.dispose]() cancels that.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let cancel;
  if (signal.aborted) {
    runSoon(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    cancel = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [disposeSymbol()]() {
      if (cancel !== undefined) cancel();
    },
  };
}

module.exports = { AbortError, validateAbortSignal, addAbortListener, runSoon, disposeSymbol };
