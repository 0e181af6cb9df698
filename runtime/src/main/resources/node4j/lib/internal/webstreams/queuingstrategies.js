'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION, ERR_INVALID_THIS } = require('internal/errors').codes;
const { kInspect, customInspect } = require('internal/webstreams/util');

const kHighWaterMark = Symbol('kHighWaterMark');

function validateInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

// Both strategies' size functions are named "size", as in Node.
const byteSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kHighWaterMark] = validateInit(init);
  }

  get highWaterMark() {
    if (!(kHighWaterMark in Object(this))) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    if (!(kHighWaterMark in Object(this))) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kHighWaterMark] = validateInit(init);
  }

  get highWaterMark() {
    if (!(kHighWaterMark in Object(this))) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    if (!(kHighWaterMark in Object(this))) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[Symbol.toStringTag], { highWaterMark: this.highWaterMark });
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(C.prototype, {
    highWaterMark: { __proto__: null, enumerable: true },
    size: { __proto__: null, enumerable: true },
    [Symbol.toStringTag]: { __proto__: null, value: C.name, configurable: true },
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
