'use strict';
// Shared by the web streams (WHATWG Streams standard): queues with sizes, strategy extraction,
// brand checks, buffer transfer, and Node's inspect output for the stream objects.

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS,
} = require('internal/errors').codes;

const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// `ReadableStream { locked: false, ... }`, as Node prints them.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// A queue of { value, size } with a running total, the spec's "queue-with-sizes".
function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function peekQueueValue(container) {
  return container.queue[0].value;
}

function resetQueue(container) {
  container.queue = [];
  container.queueTotalSize = 0;
}

function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

function requireThis(value, check, type) {
  if (!check(value)) throw new ERR_INVALID_THIS(type);
}

function transferArrayBuffer(buffer) {
  return typeof buffer.transfer === 'function' ? buffer.transfer() : buffer;
}

function isDetached(buffer) {
  return buffer.detached === true;
}

function copyBytes(dest, destOffset, src, srcOffset, length) {
  new Uint8Array(dest, destOffset, length).set(new Uint8Array(src, srcOffset, length));
}

function cloneAsUint8Array(view) {
  const copy = new Uint8Array(view.byteLength);
  copy.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return copy;
}

// A promise with its resolve/reject, as the spec's internal promises need.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setPromiseHandled(promise) {
  promise.then(() => {}, () => {});
}

// Calls an optional method of an underlying source/sink with the spec's promise wrapping.
function invokePromise(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn === undefined ? undefined : Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function lazyTransfer() {
  return null;
}

module.exports = {
  kState, kType, kInspect, customInspect, extractHighWaterMark, extractSizeAlgorithm,
  dequeueValue, enqueueValueWithSize, peekQueueValue, resetQueue, isBrandCheck, requireThis,
  transferArrayBuffer, isDetached, copyBytes, cloneAsUint8Array, deferred, setPromiseHandled,
  invokePromise, lazyTransfer,
};
