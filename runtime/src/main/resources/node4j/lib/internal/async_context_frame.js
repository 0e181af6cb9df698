'use strict';
// Node 24's AsyncContextFrame: the map of AsyncLocalStorage → store that follows the program's
// asynchronous flow. Node keeps the current frame in V8's continuation-preserved embedder data; here
// it is the value of one engine AsyncContext.Variable, which GraalJS captures when a promise reaction
// is registered (then/await) and restores while it runs, as V8 does. What the engine does not carry,
// lib/ and the bridge do: timers, immediates and ticks keep the frame current when they were made
// (callInFrame), and the callbacks of requests and handles run in the context captured when they were
// made (io.node4j.runtime.Callbacks.Bound).

const engine = require('internal/engine');
const binding = internalBinding('async_wrap');

const variable = new engine.AsyncContextVariable({ name: 'AsyncContextFrame' });

class AsyncContextFrame extends Map {
  // A copy of the current frame with `store` set to `data`: frames are never changed once current,
  // except by disable().
  constructor(store, data) {
    super(variable.get() ?? []);
    this.set(store, data);
  }

  static current() {
    return variable.get();
  }

  // Makes `frame` current for the rest of this execution (AsyncLocalStorage.enterWith).
  static set(frame) {
    if (variable.get() !== frame) binding.setContextVariable(variable, frame);
  }

  static exchange(frame) {
    const prior = variable.get();
    AsyncContextFrame.set(frame);
    return prior;
  }

  static disable(store) {
    variable.get()?.delete(store);
  }
}

// Calls callback with `frame` current, as Node runs each timer, immediate and tick: whatever the
// callback makes current (enterWith) ends with it.
function callInFrame(frame, callback, thisArg, args) {
  if (frame !== variable.get()) return variable.run(frame, callNoting, callback, thisArg, args);
  try {
    return callNoting(callback, thisArg, args);
  } finally {
    if (variable.get() !== frame) binding.setContextVariable(variable, frame);
  }
}

// The frame current where a callback threw: Node's 'uncaughtException' listeners run in it.
let thrown = null;

// callback.apply(thisArg, args), noting the frame current if it throws.
function callNoting(callback, thisArg, args) {
  try {
    return args === undefined ? callback.call(thisArg) : Reflect.apply(callback, thisArg, args);
  } catch (err) {
    thrown = { frame: variable.get() };
    throw err;
  }
}

// { frame } where the last callback run by callInFrame threw, or null; forgotten once taken.
function takeThrowFrame() {
  const taken = thrown;
  thrown = null;
  return taken;
}

module.exports = { AsyncContextFrame, callInFrame, callNoting, takeThrowFrame };
