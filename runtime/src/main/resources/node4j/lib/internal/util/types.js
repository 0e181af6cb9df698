'use strict';
// util.types: brand checks on the engine's internal class, not on Symbol.toStringTag (which user
// code can fake).

const engine = require('internal/engine');

function classOf(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return null;
  return engine.className(value);
}

const is = (name) => (value) => classOf(value) === name;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

const anyBoxed = new Set(['Number', 'String', 'Boolean', 'BigInt', 'Symbol']);

// In Node's key order.
const types = {
  isArgumentsObject: is('Arguments'),
  isArrayBuffer: is('ArrayBuffer'),
  isAsyncFunction(value) {
    return typeof value === 'function' &&
      /^(?:AsyncFunction|AsyncGeneratorFunction)$/.test(Object.getPrototypeOf(value)?.[Symbol.toStringTag] ?? '');
  },
  isBigIntObject: is('BigInt'),
  isBooleanObject: is('Boolean'),
  isDate: is('Date'),
  isExternal: () => false,
  isGeneratorFunction(value) {
    return typeof value === 'function' &&
      /^(?:GeneratorFunction|AsyncGeneratorFunction)$/.test(Object.getPrototypeOf(value)?.[Symbol.toStringTag] ?? '');
  },
  isGeneratorObject(value) {
    const c = classOf(value);
    return c === 'Generator' || c === 'AsyncGenerator';
  },
  isMap: is('Map'),
  isMapIterator: is('Map Iterator'),
  isModuleNamespaceObject: is('Module'),
  isNativeError: is('Error'),
  isNumberObject: is('Number'),
  isPromise: is('Promise'),
  // The engine's Proxy brand, from Java (the polyglot meta object names it).
  isProxy(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function') &&
      internalBinding('util').isProxy(value);
  },
  isRegExp: is('RegExp'),
  isSet: is('Set'),
  isSetIterator: is('Set Iterator'),
  isSharedArrayBuffer: is('SharedArrayBuffer'),
  isStringObject: is('String'),
  isSymbolObject: is('Symbol'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
  isAnyArrayBuffer(value) {
    const c = classOf(value);
    return c === 'ArrayBuffer' || c === 'SharedArrayBuffer';
  },
  isBoxedPrimitive(value) {
    return anyBoxed.has(classOf(value));
  },
  isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
  },
  isDataView: is('DataView'),
  isTypedArray,
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
                    'Int16Array', 'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array',
                    'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (value) => typedArrayTag.call(value) === name;
}
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

module.exports = types;
