'use strict';
// The ReadableStream operations built on readers: tee() (default and byte streams), pipeTo() with its
// prevent* options and signal, the async iterator, and ReadableStream.from().

const { ERR_INVALID_STATE, ERR_ARG_NOT_ITERABLE } = require('internal/errors').codes;
const { AbortError } = require('internal/events/abort');
const { kState, cloneAsUint8Array, deferred } = require('internal/webstreams/util');
const {
  ReadableStreamDefaultReader, createReadableStream, createReadableByteStream, isByteController,
  readableStreamCancel, readerGenericCancel, readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease, readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerClose, readableStreamDefaultControllerError,
  readableByteStreamControllerEnqueue, readableByteStreamControllerClose,
  readableByteStreamControllerError, readableByteStreamControllerRespond,
} = require('internal/webstreams/readablestream');

// tee()

function readableStreamTee(stream) {
  if (isByteController(stream[kState].controller)) return readableByteStreamTee(stream);
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(value) {
        queueMicrotask(() => {
          readAgain = false;
          const value1 = value;
          const value2 = value;
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(() => {}, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(() => {}, pullAlgorithm, cancel2Algorithm);

  reader[kState].close.promise.catch((error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

// Byte streams tee through a default reader too; each branch gets its own copy of each chunk.
function readableByteStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(branch1[kState].controller, error);
              readableByteStreamControllerError(branch2[kState].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        for (const branch of [branch1, branch2]) {
          const c = branch[kState].controller;
          if (c[kState].pendingPullIntos.length) readableByteStreamControllerRespond(c, 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  branch1 = createReadableByteStream(() => {}, pullAlgorithm, (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  });
  branch2 = createReadableByteStream(() => {}, pullAlgorithm, (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  });
  reader[kState].close.promise.catch((error) => {
    readableByteStreamControllerError(branch1[kState].controller, error);
    readableByteStreamControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------------------------
// pipeTo()

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const ws = require('internal/webstreams/writablestream');
  const reader = new ReadableStreamDefaultReader(source);
  const writer = ws.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = deferred();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason : new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? ws.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function finalize(isError, error) {
    ws.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }

  function waitForCurrentWrite() {
    const write = currentWrite;
    return write.then(() => (currentWrite !== write ? waitForCurrentWrite() : undefined));
  }

  function shutdownWithAnAction(action, isError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      action().then(() => finalize(isError, originalError), (error) => finalize(true, error));
    };
    if (dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(run);
    } else {
      run();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function watchErrored(stream, promise, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else promise.catch(action);
  }

  function watchClosed(stream, promise, action) {
    if (stream[kState].state === 'closed') action();
    else promise.then(action, () => {});
  }

  // Errors and closes on either side end the pipe, as the standard lists them.
  watchErrored(source, reader[kState].close.promise, (storedError) => {
    if (!preventAbort) shutdownWithAnAction(() => ws.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  watchErrored(dest, writer[kState].close.promise, (storedError) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) shutdownWithAnAction(() => ws.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  });
  if (ws.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer[kState].ready.promise.then(() => {
      if (shuttingDown) return true;
      return new Promise((resolve, reject) => {
        readableStreamDefaultReaderRead(reader, {
          chunk(chunk) {
            currentWrite = ws.writableStreamDefaultWriterWrite(writer, chunk).then(undefined, () => {});
            resolve(false);
          },
          close: () => resolve(true),
          error: reject,
        });
      });
    });
  }

  function loop() {
    pipeStep().then((done) => {
      if (!done) loop();
    }, () => {});
  }
  loop();
  return result.promise;
}

// ---------------------------------------------------------------------------------------------
// Async iteration and ReadableStream.from()

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined };

  function nextSteps() {
    if (state.done) return Promise.resolve({ value: undefined, done: true });
    if (reader[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
    }
    const result = deferred();
    readableStreamDefaultReaderRead(reader, {
      chunk: (value) => result.resolve({ value, done: false }),
      close: () => {
        state.done = true;
        readableStreamDefaultReaderRelease(reader);
        result.resolve({ value: undefined, done: true });
      },
      error: (error) => {
        state.done = true;
        readableStreamDefaultReaderRelease(reader);
        result.reject(error);
      },
    });
    return result.promise;
  }

  async function returnSteps(value) {
    if (state.done) return { value, done: true };
    state.done = true;
    if (reader[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      readableStreamDefaultReaderRelease(reader);
      await result;
      return { value, done: true };
    }
    readableStreamDefaultReaderRelease(reader);
    return { value, done: true };
  }

  // Calls run one after another, as the standard's async iterator does.
  const iterator = Object.create(AsyncIteratorPrototype, {
    next: {
      __proto__: null, configurable: true, writable: true,
      value() {
        state.current = state.current !== undefined
          ? state.current.then(nextSteps, nextSteps) : nextSteps();
        return state.current;
      },
    },
    return: {
      __proto__: null, configurable: true, writable: true,
      value(value) {
        const steps = () => returnSteps(value);
        return state.current !== undefined ? state.current.then(steps, steps) : steps();
      },
    },
    [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamAsyncIterator' },
  });
  return iterator;
}

function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    const syncIterator = iterable[Symbol.iterator]();
    iterator = (async function* () {
      for (let step = syncIterator.next(); !step.done; step = syncIterator.next()) yield await step.value;
    })();
  } else {
    throw new ERR_ARG_NOT_ITERABLE(iterable);
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  nextMethod = iterator.next;
  const stream = createReadableStream(() => {}, async () => {
    const result = await Reflect.apply(nextMethod, iterator, []);
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
    }
    if (result.done) readableStreamDefaultControllerClose(stream[kState].controller);
    else readableStreamDefaultControllerEnqueue(stream[kState].controller, await result.value);
  }, async (reason) => {
    const returnMethod = iterator.return;
    if (returnMethod === undefined) return;
    const result = await Reflect.apply(returnMethod, iterator, [reason]);
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
    }
  }, 0);
  return stream;
}

module.exports = { readableStreamTee, readableStreamPipeTo, createAsyncIterator, readableStreamFromIterable };
