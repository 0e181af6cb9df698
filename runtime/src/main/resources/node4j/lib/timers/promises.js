'use strict';
// node:timers/promises

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');
const { validateObject, validateBoolean } = require('internal/validators');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/events/abort');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// A promise for `value` once the handle made by start(callback) fires; aborting clears the handle
// with cancel(handle) and rejects with Node's AbortError.
function settle(options, value, start, cancel) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = checkOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const handle = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    }, ref);
    function onAbort() {
      cancel(handle);
      reject(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(after, value, options = {}) {
  return settle(options, value, (fire, ref) => new Timeout(fire, after, undefined, false, ref),
                clearTimeout);
}

function setImmediate(value, options = {}) {
  return settle(options, value, (fire, ref) => {
    const immediate = new Immediate(fire, undefined);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = new Timeout(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after, undefined, true, ref);
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake) {
      wake();
      wake = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
