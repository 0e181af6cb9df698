'use strict';
// Timeout and Immediate objects and their queues. One loop timer serves every Timeout: timeouts sit
// in a heap ordered by (expiry, arm order) and the binding is told the earliest expiry. The bridge
// runs one due timer (or one immediate) per call, so ticks and promise jobs run between them.

const binding = internalBinding('timers');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
// On a timer lib/ uses inside something Node lists as a handle of its own (fs.watchFile's
// StatWatcher): process.getActiveResourcesInfo() does not count it as a 'Timeout'.
const kInternalTimer = Symbol('kInternalTimer');
const {
  newAsyncId, getDefaultTriggerAsyncId, hasHooks, emitInit, emitBefore, emitAfter, emitDestroy,
  asyncIdSymbol, triggerAsyncIdSymbol: triggerIdSymbol, kAsyncContextFrame, setDestroyScheduler,
  runDestroyQueue,
} = require('internal/async_hooks');
const { AsyncContextFrame, callInFrame } = require('internal/async_context_frame');

let armSequence = 0;

// ---- Timeouts -------------------------------------------------------------------------------

const heap = [];          // Timeout objects, min-heap on (_expiry, _seq)
let refCount = 0;         // active ref'd timeouts
let scheduledExpiry = 0;  // expiry the loop timer is armed for, 0 if unarmed
let runningTimer = null;  // the Timeout whose callback runs now, until it ends or is cleared
const knownById = new Map(); // Timeouts converted to numbers (Symbol.toPrimitive), for clearTimeout(id)

function before(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}

function siftUp(i) {
  const item = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(item, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i]._heapIndex = i;
    i = parent;
  }
  heap[i] = item;
  item._heapIndex = i;
}

function siftDown(i) {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && before(heap[right], heap[left]) ? right : left;
    if (!before(heap[child], item)) break;
    heap[i] = heap[child];
    heap[i]._heapIndex = i;
    i = child;
  }
  heap[i] = item;
  item._heapIndex = i;
}

function heapRemove(timer) {
  const i = timer._heapIndex;
  if (i < 0) return;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftDown(i);
    siftUp(last._heapIndex);
  }
  timer._heapIndex = -1;
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    } else if (after < 0) {
      process.emitWarning(`${after} is a negative number.` +
                          '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    }
    after = 1;
  }
  return after;
}

// A Timeout's or Immediate's async id, trigger and frame (the frame its callback runs in).
function initAsyncResource(resource, type) {
  const asyncId = newAsyncId();
  const triggerAsyncId = getDefaultTriggerAsyncId();
  resource[asyncIdSymbol] = asyncId;
  resource[triggerIdSymbol] = triggerAsyncId;
  resource[kAsyncContextFrame] = AsyncContextFrame.current();
  if (hasHooks('init')) emitInit(asyncId, type, triggerAsyncId, resource);
}

// Runs a timer's or immediate's callback as Node does: its ids current (with hooks told), its frame
// current.
function runAsyncCallback(resource, callback, args) {
  const asyncId = resource[asyncIdSymbol];
  emitBefore(asyncId, resource[triggerIdSymbol], resource);
  callInFrame(resource[kAsyncContextFrame], callback, resource, args);
  emitAfter(asyncId);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    Object.defineProperty(this, '_expiry', { value: 0, writable: true, enumerable: false });
    Object.defineProperty(this, '_seq', { value: 0, writable: true, enumerable: false });
    Object.defineProperty(this, '_heapIndex', { value: -1, writable: true, enumerable: false });
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this, 'Timeout');
    arm(this, binding.getLibuvNow());
    if (isRefed) updateRefCount(+1);
  }

  refresh() {
    if (this._heapIndex >= 0) {
      heapRemove(this);
      arm(this, binding.getLibuvNow());
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) updateRefCount(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) updateRefCount(+1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownById.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function updateRefCount(delta) {
  const before = refCount;
  refCount += delta;
  if ((before === 0) !== (refCount === 0)) binding.toggleTimerRef(refCount > 0);
}

function arm(timer, now) {
  timer._idleStart = now;
  timer._expiry = now + timer._idleTimeout;
  timer._seq = armSequence++;
  heap.push(timer);
  siftUp(heap.length - 1);
  if (scheduledExpiry === 0 || timer._expiry < scheduledExpiry) {
    scheduledExpiry = timer._expiry;
    binding.scheduleTimer(timer._idleTimeout);
    // A re-armed loop timer keeps the ref state the count says.
    binding.toggleTimerRef(refCount > 0);
  }
}

function unenroll(timer) {
  if (timer._destroyed) return;
  if (hasHooks('destroy')) emitDestroy(timer[asyncIdSymbol]);
  timer._destroyed = true;
  if (timer[kRefed]) updateRefCount(-1);
  heapRemove(timer);
  if (timer[kHasPrimitive]) knownById.delete(timer[asyncIdSymbol]);
  timer._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer === runningTimer) runningTimer = null;
  if (timer && timer._onTimeout) {
    timer._onTimeout = undefined;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownById.get(Number(timer));
    if (known) {
      if (known === runningTimer) runningTimer = null;
      known._onTimeout = undefined;
      unenroll(known);
    }
  }
}

// From the bridge, in the timers phase: runs the earliest timer due at `now` and returns true, or
// returns the next expiry (negated when no timer is ref'd; 0 when there is none).
function runNextTimer(now) {
  const timer = heap[0];
  if (timer === undefined) {
    scheduledExpiry = 0;
    return 0;
  }
  if (timer._expiry > now) {
    scheduledExpiry = timer._expiry;
    return refCount > 0 ? timer._expiry : -timer._expiry;
  }
  heapRemove(timer);
  const callback = timer._onTimeout;
  if (timer._repeat !== null) {
    timer._idleTimeout = timer._repeat;
  } else {
    // Destroyed before the call, so clearTimeout/refresh inside the callback see a finished timer.
    timer._destroyed = true;
    if (timer[kRefed]) updateRefCount(-1);
    if (timer[kHasPrimitive]) knownById.delete(timer[asyncIdSymbol]);
  }
  runningTimer = timer;
  try {
    runAsyncCallback(timer, callback, timer._timerArgs);
    if (timer._destroyed && hasHooks('destroy')) emitDestroy(timer[asyncIdSymbol]);
  } finally {
    runningTimer = null;
    // An interval goes on even when its callback threw (and a listener kept the process alive).
    if (timer._repeat !== null && timer._onTimeout != null && !timer._destroyed &&
        timer._heapIndex < 0) {
      arm(timer, now);
    }
  }
  return true;
}

// ---- Immediates -----------------------------------------------------------------------------

let immediateQueue = [];   // queued since the check phase began
let running = [];          // the snapshot being run in this check phase
let runningIndex = 0;
let immediateRefCount = 0;
let immediateCount = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this, 'Immediate');
    this.ref();
    if (immediateCount++ === 0) binding.setHasImmediates(true);
    immediateQueue.push(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function finishImmediate(immediate) {
  immediate._destroyed = true;
  if (immediate[kRefed]) {
    immediate[kRefed] = false;
    if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
  }
  if (--immediateCount === 0) binding.setHasImmediates(destroysPending);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !immediate._onImmediate) return;
  immediate._onImmediate = undefined;
  if (hasHooks('destroy')) emitDestroy(immediate[asyncIdSymbol]);
  finishImmediate(immediate);
}

// From the bridge, in the check phase: runs one immediate of those queued before the phase began
// (first=true takes that snapshot) and returns whether more of them remain.
// Destroy hooks waiting for the check phase (they do not keep the loop alive).
let destroysPending = false;
setDestroyScheduler(() => {
  destroysPending = true;
  binding.setHasImmediates(true);
});

function runNextImmediate(first) {
  if (first && destroysPending) {
    destroysPending = false;
    if (immediateCount === 0) binding.setHasImmediates(false);
    runDestroyQueue();
  }
  if (first) {
    running = immediateQueue;
    runningIndex = 0;
    immediateQueue = [];
  }
  while (runningIndex < running.length) {
    const immediate = running[runningIndex];
    running[runningIndex++] = undefined;
    const callback = immediate._onImmediate;
    if (!callback || immediate._destroyed) continue;
    finishImmediate(immediate);
    // As Node: the callback stays the immediate's _onImmediate while it runs (a stack names it so).
    try {
      runAsyncCallback(immediate, callback, immediate._argv);
      if (hasHooks('destroy')) emitDestroy(immediate[asyncIdSymbol]);
    } finally {
      immediate._onImmediate = undefined;
    }
    return runningIndex < running.length;
  }
  return false;
}

binding.setup(runNextTimer, runNextImmediate);

// For process.getActiveResourcesInfo(): [ref'd timeouts, ref'd immediates still to run]. As in Node,
// a timeout counts while its callback runs, unless the callback clears it.
function activeTimerCounts() {
  let timeouts = 0;
  for (const timer of heap) {
    if (timer[kRefed] && !timer[kInternalTimer]) timeouts++;
  }
  const running = runningTimer;
  if (running !== null && running[kRefed] && !running[kInternalTimer] && running._heapIndex < 0) timeouts++;
  return [timeouts, immediateRefCount];
}

module.exports = {
  Timeout, Immediate, clearTimeout, clearImmediate, TIMEOUT_MAX, kRefed, asyncIdSymbol,
  kInternalTimer, activeTimerCounts,
};
