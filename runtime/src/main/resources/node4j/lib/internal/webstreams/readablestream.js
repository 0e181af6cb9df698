'use strict';
// ReadableStream (WHATWG Streams): default and byte streams, default and BYOB readers, the two
// controllers and BYOB requests, tee(), pipeTo()/pipeThrough(), async iteration and from().
// Abstract operations keep the standard's names (readableStreamClose, ...EnqueueChunk...) so the text
// of the standard is the map of this file.

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS,
  ERR_ILLEGAL_CONSTRUCTOR, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const {
  kState, kType, kInspect, customInspect, extractHighWaterMark, extractSizeAlgorithm,
  dequeueValue, enqueueValueWithSize, resetQueue, isBrandCheck, transferArrayBuffer, isDetached,
  copyBytes, deferred, setPromiseHandled, invokePromise,
} = require('internal/webstreams/util');
const { kIsClosedPromise, kControllerErrorFunction } = require('internal/streams/utils');

const kIllegal = Symbol('kIllegal');
const kPull = Symbol('kPull');
const kCancel = Symbol('kCancel');
const kRelease = Symbol('kRelease');

// tee(), pipeTo(), async iteration and from() live in readable_ops.js, loaded on first use.
let opsModule;
function ops() {
  opsModule ??= require('internal/webstreams/readable_ops');
  return opsModule;
}

const isReadableStream = isBrandCheck('ReadableStream');
const isDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isBYOBReader = isBrandCheck('ReadableStreamBYOBReader');
const isDefaultController = isBrandCheck('ReadableStreamDefaultController');
const isByteController = isBrandCheck('ReadableByteStreamController');
const isBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');

function invalidThis(check, name) {
  return (self) => {
    if (!check(self)) throw new ERR_INVALID_THIS(name);
  };
}
const checkStream = invalidThis(isReadableStream, 'ReadableStream');

// ---------------------------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    this[kType] = 'ReadableStream';
    if (source !== undefined && (source === null || typeof source !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    if (strategy != null && typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'object', strategy);
    }
    source ??= {};
    strategy ??= {};
    initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy.highWaterMark, 0);
      setupByteControllerFromSource(this, source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strategy.size);
      const hwm = extractHighWaterMark(strategy.highWaterMark, 1);
      setupDefaultControllerFromSource(this, source, hwm, size);
    } else {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
  }

  get locked() {
    checkStream(this);
    return isLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isLocked(this)) return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkStream(this);
    if (options != null && typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    checkStream(this);
    const readable = transform?.readable;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform?.writable;
    const ws = require('internal/webstreams/writablestream');
    if (!ws.isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
    if (isLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (ws.isWritableStreamLocked(writable)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    const promise = ops().readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      checkStream(this);
      const ws = require('internal/webstreams/writablestream');
      if (!ws.isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
      if (isLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (ws.isWritableStreamLocked(destination)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      return ops().readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    checkStream(this);
    return ops().readableStreamTee(this);
  }

  values(options = undefined) {
    checkStream(this);
    if (options != null && typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    const preventCancel = !!options?.preventCancel;
    return ops().createAsyncIterator(this, preventCancel);
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  static from(iterable) {
    return ops().readableStreamFromIterable(iterable);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isByteController(this[kState].controller),
    });
  }
}

Object.defineProperties(ReadableStream.prototype, {
  locked: { __proto__: null, enumerable: true },
  cancel: { __proto__: null, enumerable: true },
  getReader: { __proto__: null, enumerable: true },
  pipeThrough: { __proto__: null, enumerable: true },
  pipeTo: { __proto__: null, enumerable: true },
  tee: { __proto__: null, enumerable: true },
  values: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStream', configurable: true },
});
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, configurable: true, writable: true,
});

function pipeOptions(options) {
  if (options != null && typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  const signal = options?.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options?.preventClose,
    preventAbort: !!options?.preventAbort,
    preventCancel: !!options?.preventCancel,
    signal,
  };
}

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  // What stream.finished() waits on for a web stream.
  stream[kIsClosedPromise] = deferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = (err) => {
    const controller = stream[kState].controller;
    if (isByteController(controller)) readableByteStreamControllerError(controller, err);
    else readableStreamDefaultControllerError(controller, err);
  };
}

// Makes a stream without running the constructor (tee, from, TransformStream, adapters).
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setupDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setupByteController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  return state.controller[kCancel](reason).then(() => {});
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.error(error);
  } else {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.error(error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// ---------------------------------------------------------------------------------------------
// Readers

function readerGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  const close = deferred();
  reader[kState].close = close;
  switch (stream[kState].state) {
    case 'readable':
      break;
    case 'closed':
      close.resolve();
      break;
    case 'errored':
      close.reject(stream[kState].storedError);
      setPromiseHandled(close.promise);
      break;
  }
}

function readerGenericRelease(reader) {
  const stream = reader[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(releasedError);
  } else {
    reader[kState].close = deferred();
    reader[kState].close.reject(releasedError);
  }
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], close: undefined };
    if (isLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const result = deferred();
    readableStreamDefaultReaderRead(this, {
      chunk: (value) => result.resolve({ value, done: false }),
      // A chunk already queued: Node builds this result with its fields the other way round.
      queuedChunk: (value) => result.resolve({ done: false, value }),
      close: () => result.resolve({ value: undefined, done: true }),
      error: (e) => result.reject(e),
    });
    return result.promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isDefaultReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isDefaultReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamDefaultReader.prototype, {
  closed: { __proto__: null, enumerable: true },
  read: { __proto__: null, enumerable: true },
  releaseLock: { __proto__: null, enumerable: true },
  cancel: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamDefaultReader', configurable: true },
});

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      readRequest.close();
      break;
    case 'errored':
      readRequest.error(stream[kState].storedError);
      break;
    default:
      stream[kState].controller[kPull](readRequest);
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readerGenericRelease(reader);
  const error = new ERR_INVALID_STATE.TypeError('Releasing reader');
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    if (isLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    if (!isByteController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    readerGenericInitialize(this, stream);
  }

  read(view, options = undefined) {
    if (!isBYOBReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (options != null && typeof options !== 'object') {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('options', 'object', options));
    }
    const min = options?.min ?? 1;
    if (typeof min !== 'number' || !Number.isInteger(min)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('options.min', 'number', min));
    }
    if (view.byteLength === 0) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (isDetached(view.buffer)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached'));
    }
    if (min <= 0) return Promise.reject(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    const length = view instanceof DataView ? view.byteLength : view.length;
    if (min > length) return Promise.reject(new ERR_OUT_OF_RANGE('options.min', `<= ${length}`, min));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const result = deferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunk: (value) => result.resolve({ value, done: false }),
      close: (value) => result.resolve({ value, done: true }),
      error: (e) => result.reject(e),
    });
    return result.promise;
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readerGenericRelease(this);
    const error = new ERR_INVALID_STATE.TypeError('Releasing reader');
    const requests = this[kState].readIntoRequests;
    this[kState].readIntoRequests = [];
    for (const request of requests) request.error(error);
  }

  get closed() {
    if (!isBYOBReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBYOBReader(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {
      stream: this[kState].stream,
      requestIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBReader.prototype, {
  closed: { __proto__: null, enumerable: true },
  read: { __proto__: null, enumerable: true },
  releaseLock: { __proto__: null, enumerable: true },
  cancel: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamBYOBReader', configurable: true },
});

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.error(stream[kState].storedError);
  else readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

// ---------------------------------------------------------------------------------------------
// ReadableStreamDefaultController

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && !state.queue.length) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      (readRequest.queuedChunk ?? readRequest.chunk)(chunk);
      return;
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  enqueue: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamDefaultController', configurable: true },
});

function setupDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  setupDefaultController(stream, controller,
    start ? () => Reflect.apply(start, source, [controller]) : () => {},
    pull ? () => invokePromise(pull, source, controller) : () => Promise.resolve(),
    cancel ? (reason) => invokePromise(cancel, source, reason) : () => Promise.resolve(),
    highWaterMark, size);
}

function setupDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                highWaterMark, sizeAlgorithm) {
  controller[kType] = 'ReadableStreamDefaultController';
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !state.started) return false;
  if (isLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (!state.queue.length) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(state, chunk, size);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// ---------------------------------------------------------------------------------------------
// ReadableByteStreamController and ReadableStreamBYOBRequest

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (typeof bytesWritten !== 'number' || bytesWritten < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (isDetached(view.buffer)) throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (isDetached(view.buffer)) throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: { __proto__: null, enumerable: true },
  respond: { __proto__: null, enumerable: true },
  respondWithNewView: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamBYOBRequest', configurable: true },
});

function createBYOBRequest(controller, view) {
  const request = Object.create(ReadableStreamBYOBRequest.prototype);
  request[kType] = 'ReadableStreamBYOBRequest';
  request[kState] = { controller, view };
  return request;
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (this[kState].closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || isDetached(chunk.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (this[kState].closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancel](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = state.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (error) {
        readRequest.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: autoAllocateChunkSize, byteOffset: 0, byteLength: autoAllocateChunkSize,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, ctor: Uint8Array, type: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kRelease]() {
    const state = this[kState];
    if (state.pendingPullIntos.length) {
      const first = state.pendingPullIntos[0];
      first.type = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: { __proto__: null, enumerable: true },
  desiredSize: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  enqueue: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableByteStreamController', configurable: true },
});

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setupByteController(stream, controller,
    start ? () => Reflect.apply(start, source, [controller]) : () => {},
    pull ? () => invokePromise(pull, source, controller) : () => Promise.resolve(),
    cancel ? (reason) => invokePromise(cancel, source, reason) : () => Promise.resolve(),
    highWaterMark, autoAllocateChunkSize);
}

function setupByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                             highWaterMark, autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  controller[kState] = {
    stream,
    byobRequest: null,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    started: false,
    queue: [],
    queueTotalSize: 0,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    state.byobRequest = createBYOBRequest(controller, view);
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && stream[kState].reader[kState].readIntoRequests.length > 0) {
    return true;
  }
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  if (state.closeRequested || state.stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(state.stream);
}

function readableByteStreamControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(state);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw new ERR_INVALID_STATE.TypeError('chunk\'s buffer is detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.type === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length) readableByteStreamControllerShiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const stream = controller[kState].stream;
  const requests = stream[kState].reader[kState].readRequests;
  while (requests.length) {
    if (controller[kState].queueTotalSize === 0) return;
    readableByteStreamControllerFillReadRequestFromQueue(controller, requests.shift());
  }
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % desc.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    copyBytes(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    desc.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  while (state.pendingPullIntos.length) {
    if (state.queueTotalSize === 0) return;
    const desc = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(state.stream, desc);
    }
  }
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const buffer = transferArrayBuffer(desc.buffer);
  return new desc.ctor(buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.type === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    const request = stream[kState].reader[kState].readIntoRequests.shift();
    if (done) request.close(filledView);
    else request.chunk(filledView);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const desc = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0, minimumFill,
    elementSize, ctor, type: 'byob',
  };
  if (state.pendingPullIntos.length) {
    state.pendingPullIntos.push(desc);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(desc);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const desc = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    if (desc.bytesFilled + bytesWritten > desc.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  desc.buffer = transferArrayBuffer(desc.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const desc = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (desc.byteOffset + desc.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (desc.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (desc.bytesFilled + view.byteLength > desc.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteLength');
  }
  const viewByteLength = view.byteLength;
  desc.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const desc = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    if (desc.type === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
    const stream = state.stream;
    if (readableStreamHasBYOBReader(stream)) {
      while (stream[kState].reader[kState].readIntoRequests.length > 0) {
        const d = readableByteStreamControllerShiftPendingPullInto(controller);
        readableByteStreamControllerCommitPullIntoDescriptor(stream, d);
      }
    }
  } else {
    desc.bytesFilled += bytesWritten;
    if (desc.type === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
      readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    } else if (desc.bytesFilled >= desc.minimumFill) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      const remainderSize = desc.bytesFilled % desc.elementSize;
      if (remainderSize > 0) {
        const end = desc.byteOffset + desc.bytesFilled;
        readableByteStreamControllerEnqueueClonedChunkToQueue(controller, desc.buffer, end - remainderSize, remainderSize);
      }
      desc.bytesFilled -= remainderSize;
      readableByteStreamControllerCommitPullIntoDescriptor(state.stream, desc);
      readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    }
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function ReadableStreamTee(stream) {
  if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  return ops().readableStreamTee(stream);
}

module.exports = {
  ReadableStream, ReadableStreamTee, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
  isReadableStream, isLocked, createReadableStream, readableStreamCancel, readableStreamClose,
  readableStreamError, readableStreamDefaultControllerEnqueue, readableStreamDefaultControllerClose,
  readableStreamDefaultControllerError, readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure, readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultReaderRead, readableStreamDefaultReaderRelease, isDefaultController,
  // for readable_ops.js
  isByteController, createReadableByteStream, readerGenericCancel, readableByteStreamControllerEnqueue,
  readableByteStreamControllerClose, readableByteStreamControllerError, readableByteStreamControllerRespond,
};
