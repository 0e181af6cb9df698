'use strict';
// process.nextTick, queueMicrotask and promise-rejection tracking, and the trampoline every callback
// from the loop goes through (see io.node4j.runtime.Callbacks for the order it keeps).

const binding = internalBinding('task_queue');
const asyncWrap = internalBinding('async_wrap');
const { validateFunction } = require('internal/validators');
const {
  newAsyncId, getDefaultTriggerAsyncId, hasHooks, emitInit, emitBefore, emitAfter, emitDestroy,
  asyncIdSymbol, triggerAsyncIdSymbol, kAsyncContextFrame,
} = require('internal/async_hooks');
const { AsyncContextFrame, callNoting } = require('internal/async_context_frame');

// The nextTick queue: a growable ring of tick objects (each an async resource, as Node's TickObject).
let queue = [];
let head = 0;
let tickScheduled = false;

function setTickScheduled(value) {
  if (tickScheduled !== value) {
    tickScheduled = value;
    binding.setTickScheduled(value);
  }
}

class TickObject {
  constructor(callback, args) {
    this.callback = callback;
    this.args = args;
    const asyncId = newAsyncId();
    const triggerAsyncId = getDefaultTriggerAsyncId();
    this[asyncIdSymbol] = asyncId;
    this[triggerAsyncIdSymbol] = triggerAsyncId;
    this[kAsyncContextFrame] = AsyncContextFrame.current();
    if (hasHooks('init')) emitInit(asyncId, 'TickObject', triggerAsyncId, this);
  }
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push(new TickObject(callback, args));
  setTickScheduled(true);
}

// Runs every queued tick, including those queued meanwhile. An exception leaves the rest queued
// (the bridge reports it, then calls back here to continue).
// Each tick runs in the frame it was queued in; the frame is changed only between ticks of different
// frames (ticks queued together share one), and the one current before is current again afterwards.
function runTicks() {
  const outer = AsyncContextFrame.current();
  let current = outer;
  try {
    while (head < queue.length) {
      const tick = queue[head];
      queue[head++] = undefined;
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      const asyncId = tick[asyncIdSymbol];
      emitBefore(asyncId, tick[triggerAsyncIdSymbol], tick);
      const frame = tick[kAsyncContextFrame];
      if (frame !== current) {
        AsyncContextFrame.set(frame);
        current = frame;
      }
      callNoting(tick.callback, undefined, tick.args);
      // What the tick entered (enterWith) ends with it.
      if (AsyncContextFrame.current() !== current) AsyncContextFrame.set(current);
      if (hasHooks('destroy')) emitDestroy(asyncId);
      emitAfter(asyncId);
    }
  } finally {
    AsyncContextFrame.set(outer);
  }
  queue = [];
  head = 0;
  setTickScheduled(false);
}

// Unhandled rejections, decided as Node does from the engine's two events (taken from the binding
// once ticks and promise jobs have drained): a promise rejected with no handler may be unhandled; if
// it still has none when the queues have drained, it is ('unhandledRejection', else an uncaught
// exception). A handler added after that is a 'rejectionHandled' (else a warning).
const REJECTED = 1;
const maybeUnhandled = new WeakMap(); // promise -> { reason, uid, warned }
const pendingUnhandled = [];
const handledLate = [];
let lastRejectionId = 0;
let rejectionsPending = false;

function setRejectionsPending(value) {
  if (rejectionsPending !== value) {
    rejectionsPending = value;
    binding.setRejectionsPending(value);
  }
}

function takeRejectionEvents() {
  const events = binding.takeRejectionEvents();
  if (events === null) return;
  for (let i = 0; i < events.length; i += 4) {
    const promise = events[i + 1];
    if (events[i] === REJECTED) {
      maybeUnhandled.set(promise, { reason: events[i + 2], uid: ++lastRejectionId, warned: false,
                                    context: events[i + 3] });
      pendingUnhandled.push(promise);
      continue;
    }
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    maybeUnhandled.delete(promise);
    if (info.warned) handledLate.push({ promise, uid: info.uid });
  }
}

function processRejections() {
  takeRejectionEvents();
  setRejectionsPending(pendingUnhandled.length > 0 || handledLate.length > 0);
  while (handledLate.length > 0) {
    const { promise, uid } = handledLate.shift();
    if (!process.emit('rejectionHandled', promise)) {
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = uid;
      process.emitWarning(warning);
    }
  }
  const { triggerUncaughtException } = require('internal/process/execution');
  while (pendingUnhandled.length > 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    // As Node, the rejection is dealt with in the async context it happened in.
    const prior = asyncWrap.enterContext(info.context);
    try {
      reportUnhandled(promise, info, triggerUncaughtException);
    } finally {
      asyncWrap.enterContext(prior);
    }
  }
  setRejectionsPending(false);
}

function reportUnhandled(promise, info, triggerUncaughtException) {
  // --unhandled-rejections: throw (the default), strict, warn, warn-with-error-code or none.
  const mode = require('internal/options').getOptionValue('--unhandled-rejections') ?? 'throw';
  if (mode === 'strict') {
    setRejectionsPending(pendingUnhandled.length > 0);
    // Raised at once; if an 'uncaughtException' listener handles it, 'unhandledRejection' follows.
    triggerUncaughtException(unhandledRejectionError(info.reason), null, false, true);
    process.emit('unhandledRejection', info.reason, promise);
    return;
  }
  const handled = process.emit('unhandledRejection', info.reason, promise);
  if (mode === 'warn' || (mode === 'warn-with-error-code' && !handled)) {
    warnUnhandledRejection(info.reason, info.uid);
    if (mode === 'warn-with-error-code') process.exitCode = 1;
    return;
  }
  if (handled || mode !== 'throw') return;
  setRejectionsPending(pendingUnhandled.length > 0);
  triggerUncaughtException(unhandledRejectionError(info.reason), null, false, true);
}

// The two warnings of the 'warn' modes: the reason (its stack when it has one), then what happened.
function warnUnhandledRejection(reason, uid) {
  let shown;
  try {
    shown = reason instanceof Error && typeof reason.stack === 'string' ? reason.stack
      : require('internal/util/format').inspect(reason);
  } catch {
    shown = 'Unknown error';
  }
  const first = new Error(shown);
  first.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(first);
  const second = new Error('Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a promise which was not ' +
    'handled with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    'CLI flag `--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_' +
    `rejections_mode). (rejection id: ${uid})`);
  second.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(second);
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
  else processRejections();
}

// Every callback from the loop: the callback, then the ticks it queued. Promise jobs run when this
// returns to the bridge.
function callbackTrampoline(asyncId, triggerAsyncId, request, resource, callback, ...args) {
  let result;
  if (asyncId === 0) {
    result = callback(...args);
  } else {
    // A request's or handle's callback, in the async context the bridge entered for it; a request
    // is over once its callback has run.
    emitBefore(asyncId, triggerAsyncId, resource ?? callback);
    result = callback(...args);
    if (request && hasHooks('destroy')) emitDestroy(asyncId);
    emitAfter(asyncId);
  }
  if (tickScheduled) runTicks();
  return result;
}

// queueMicrotask: a promise job whose exception is an uncaught exception, not a rejection. Like
// Node 24's, it is no async resource of its own (its ids are 0); the engine carries the frame.
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
  nextTick, queueMicrotask, callbackTrampoline, processTicksAndRejections,
};
