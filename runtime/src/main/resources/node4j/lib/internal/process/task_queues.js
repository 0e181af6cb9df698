'use strict';
// process.nextTick, queueMicrotask and promise-rejection tracking, and the trampoline every callback
// from the loop goes through (see io.node4j.runtime.Callbacks for the order it keeps).

const binding = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');

// The nextTick queue: a growable ring of [callback, args] pairs.
let queue = [];
let head = 0;
let tickScheduled = false;

function setTickScheduled(value) {
  if (tickScheduled !== value) {
    tickScheduled = value;
    binding.setTickScheduled(value);
  }
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push(callback, args);
  setTickScheduled(true);
}

// Runs every queued tick, including those queued meanwhile. An exception leaves the rest queued
// (the bridge reports it, then calls back here to continue).
function runTicks() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    queue[head] = undefined;
    queue[head + 1] = undefined;
    head += 2;
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    switch (args.length) {
      case 0: callback(); break;
      case 1: callback(args[0]); break;
      case 2: callback(args[0], args[1]); break;
      default: callback(...args);
    }
  }
  queue = [];
  head = 0;
  setTickScheduled(false);
}

// Unhandled rejections, as the engine reports them after its promise jobs ran.
const pendingRejections = [];
let rejectionsPending = false;

function onUnhandledRejection(reason, promise) {
  pendingRejections.push({ reason, promise });
  if (!rejectionsPending) {
    rejectionsPending = true;
    binding.setRejectionsPending(true);
  }
}

function processRejections() {
  const { triggerUncaughtException } = require('internal/process/execution');
  while (pendingRejections.length > 0) {
    const { reason, promise } = pendingRejections.shift();
    if (process.listenerCount('unhandledRejection') > 0) {
      process.emit('unhandledRejection', reason, promise);
      continue;
    }
    triggerUncaughtException(unhandledRejectionError(reason), null, false, true);
  }
  rejectionsPending = false;
  binding.setRejectionsPending(false);
}

function unhandledRejectionError(reason) {
  if (reason instanceof Error) return reason;
  const { inspect } = require('internal/util/format');
  const err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). The ' +
    `promise rejected with the reason "${inspect(reason)}".`);
  err.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(err, 'name', { value: 'UnhandledPromiseRejection', configurable: true,
                                       writable: true, enumerable: false });
  return err;
}

// The bridge's re-entry point while ticks or rejections are pending.
function processTicksAndRejections() {
  if (tickScheduled) runTicks();
  else if (rejectionsPending) processRejections();
}

// Every callback from the loop: the callback, then the ticks it queued. Promise jobs run when this
// returns to the bridge.
function callbackTrampoline(callback, ...args) {
  const result = callback(...args);
  if (tickScheduled) runTicks();
  return result;
}

// queueMicrotask: a promise job whose exception is an uncaught exception, not a rejection.
const resolved = Promise.resolve();
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  resolved.then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, null);
    }
  });
}

module.exports = {
  nextTick, queueMicrotask, callbackTrampoline, processTicksAndRejections, onUnhandledRejection,
};
