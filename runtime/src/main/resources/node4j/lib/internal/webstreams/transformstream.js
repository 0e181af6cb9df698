'use strict';
// TransformStream (WHATWG Streams) and its controller: a writable side whose chunks go through
// transform() into a readable side, with backpressure from the readable side.

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS,
  ERR_ILLEGAL_CONSTRUCTOR,
} = require('internal/errors').codes;
const {
  kState, kType, kInspect, customInspect, extractHighWaterMark, extractSizeAlgorithm, isBrandCheck,
  deferred, invokePromise, setPromiseHandled,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const kIllegal = Symbol('kIllegal');
const isTransformStream = isBrandCheck('TransformStream');
const isController = isBrandCheck('TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    this[kType] = 'TransformStream';
    if (transformer !== undefined && (transformer === null || typeof transformer !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'object', transformer);
    }
    transformer ??= {};
    writableStrategy ??= {};
    readableStrategy ??= {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);
    const startPromise = deferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize,
      readableHighWaterMark, readableSize);
    setupControllerFromTransformer(this, transformer);
    if (transformer.start !== undefined) {
      startPromise.resolve(Reflect.apply(transformer.start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: { __proto__: null, enumerable: true },
  writable: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'TransformStream', configurable: true },
});

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return rs.readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerError(this, reason);
  }

  terminate() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], { stream: this[kState].stream });
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: { __proto__: null, enumerable: true },
  enqueue: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  terminate: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'TransformStreamDefaultController', configurable: true },
});

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize,
                                   readableHighWaterMark, readableSize) {
  const writable = ws.createWritableStream(
    () => startPromise.promise,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSize);
  const readable = rs.createReadableStream(
    () => startPromise.promise,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSize);
  stream[kState] = {
    readable, writable, controller: undefined, backpressure: undefined, backpressureChange: undefined,
  };
  transformStreamSetBackpressure(stream, true);
}

function setupControllerFromTransformer(stream, transformer) {
  const controller = Object.create(TransformStreamDefaultController.prototype);
  const { transform, flush, cancel } = transformer;
  setupController(stream, controller,
    transform ? (chunk) => invokePromise(transform, transformer, chunk, controller) : (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    },
    flush ? () => invokePromise(flush, transformer, controller) : () => Promise.resolve(),
    cancel ? (reason) => invokePromise(cancel, transformer, reason) : () => Promise.resolve());
}

function setupController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = { stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined };
  stream[kState].controller = controller;
}

function transformStreamError(stream, error) {
  rs.readableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  ws.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  if (stream[kState].backpressureChange !== undefined) stream[kState].backpressureChange.resolve();
  stream[kState].backpressureChange = deferred();
  stream[kState].backpressure = backpressure;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  if (!rs.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    rs.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = rs.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerError(controller, error) {
  transformStreamError(controller[kState].stream, error);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  return controller[kState].transformAlgorithm(chunk).then(undefined, (error) => {
    transformStreamError(controller[kState].stream, error);
    throw error;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  rs.readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream terminated'));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const readable = stream[kState].readable;
  controller[kState].finishPromise = deferred();
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      controller[kState].finishPromise.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerError(readable[kState].controller, reason);
      controller[kState].finishPromise.resolve();
    }
  }, (error) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, error);
    controller[kState].finishPromise.reject(error);
  });
  return controller[kState].finishPromise.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const readable = stream[kState].readable;
  controller[kState].finishPromise = deferred();
  const flushPromise = controller[kState].flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      controller[kState].finishPromise.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerClose(readable[kState].controller);
      controller[kState].finishPromise.resolve();
    }
  }, (error) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, error);
    controller[kState].finishPromise.reject(error);
  });
  return controller[kState].finishPromise.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const writable = stream[kState].writable;
  controller[kState].finishPromise = deferred();
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      controller[kState].finishPromise.reject(writable[kState].storedError);
    } else {
      ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      controller[kState].finishPromise.resolve();
    }
  }, (error) => {
    ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    controller[kState].finishPromise.reject(error);
  });
  return controller[kState].finishPromise.promise;
}

setPromiseHandled(Promise.resolve());

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
