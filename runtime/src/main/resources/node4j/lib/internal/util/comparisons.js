'use strict';
// Deep equality, one implementation for util.isDeepStrictEqual and assert's deepEqual,
// deepStrictEqual and partialDeepStrictEqual. Three modes:
// - loose: primitives compare with == (NaN equals NaN), prototypes and symbol keys are ignored;
// - strict: Object.is for primitives, same constructor (or prototype), enumerable symbol keys count;
// - partial: strict, but only what `expected` has must be found in `actual` (arrays as ordered
//   subsequences, sets and maps as subsets, objects by expected's keys).

const types = require('internal/util/types');

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;
// Strict, but objects of different prototypes may be equal (assert.Assert's skipPrototype).
const kStrictSkipPrototype = 3;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const tagOf = (value) => Object.prototype.toString.call(value);
const isIndex = (key) => typeof key === 'string' && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || mode === kLoose || Object.is(a, b);
  if (mode === kLoose) {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  } else {
    if (a === null || typeof a !== 'object') {
      return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return objectEquiv(a, b, mode, memos);
}

// Strict mode wants the same kind of object: the same constructor when it is inherited (so two
// plain objects with different prototypes but Object as constructor still match), else the same
// prototype.
function sameKind(a, b) {
  const ctor = a.constructor;
  if (ctor !== undefined && !hasOwn(a, 'constructor')) return ctor === b.constructor;
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
}

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function objectEquiv(a, b, mode, memos) {
  if (tagOf(a) !== tagOf(b)) return false;
  if (mode === kStrict && !sameKind(a, b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (mode === kPartial ? a.length < countDefined(b) : a.length !== b.length) return false;
    return keyCheck(a, b, mode, memos, kIsArray, nonIndexKeys(a, mode), nonIndexKeys(b, mode));
  }
  if (tagOf(a) === '[object Object]' && !types.isBoxedPrimitive(a) && !isError(a) && !isSpecial(b)) {
    return keyCheck(a, b, mode, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || !Object.is(Date.prototype.getTime.call(a), Date.prototype.getTime.call(b))) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
    for (const key of ['cause', 'errors']) {
      const inA = hasOwn(a, key);
      if (mode === kPartial ? (hasOwn(b, key) && (!inA || !innerDeepEqual(a[key], b[key], mode, memos)))
        : (inA !== hasOwn(b, key) || (inA && !innerDeepEqual(a[key], b[key], mode, memos)))) {
        return false;
      }
    }
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (mode === kPartial) {
      if (!partialArrayLike(a, b, mode, memos)) return false;
    } else if (mode === kLoose && (types.isFloat32Array(a) || types.isFloat64Array(a) || types.isFloat16Array(a))) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    return keyCheck(a, b, mode, memos, kNoIterator, nonIndexKeys(a, mode), nonIndexKeys(b, mode));
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || (mode === kPartial ? a.size < b.size : a.size !== b.size)) return false;
    return keyCheck(a, b, mode, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || (mode === kPartial ? a.size < b.size : a.size !== b.size)) return false;
    return keyCheck(a, b, mode, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b)) return false;
    const va = new Uint8Array(a);
    const vb = new Uint8Array(b);
    if (mode === kPartial ? !partialArrayLike(va, vb, mode, memos) : !sameBytes(va, vb)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedValue(a, b)) return false;
  } else if (isSpecial(b)) {
    return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    // Their contents cannot be read: only the same object is equal.
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, mode, memos, kNoIterator);
}

function isSpecial(value) {
  return Array.isArray(value) || types.isArrayBufferView(value) || types.isSet(value) ||
    types.isMap(value) || types.isDate(value) || types.isRegExp(value) || types.isAnyArrayBuffer(value) ||
    types.isBoxedPrimitive(value) || isError(value);
}

function isURL(value) {
  const URLClass = globalThis.URL;
  return typeof URLClass === 'function' && value instanceof URLClass;
}

function sameBoxedValue(a, b) {
  const kinds = [
    [types.isNumberObject, Number.prototype.valueOf],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [is, valueOf] of kinds) {
    if (is(a)) return is(b) && Object.is(valueOf.call(a), valueOf.call(b));
  }
  return false;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer ?? a, a.byteOffset ?? 0, a.byteLength);
  const y = new Uint8Array(b.buffer ?? b, b.byteOffset ?? 0, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function countDefined(array) {
  let n = 0;
  for (let i = 0; i < array.length; i++) if (hasOwn(array, i)) n++;
  return n;
}

// Own keys of an array or typed array that are not indices (enumerable; symbols too unless loose).
function nonIndexKeys(obj, mode) {
  const keys = Object.keys(obj).filter((k) => !isIndex(k));
  if (mode !== kLoose) {
    for (const sym of Object.getOwnPropertySymbols(obj)) if (isEnumerable(obj, sym)) keys.push(sym);
  }
  return keys;
}

function ownKeys(obj, mode) {
  const keys = Object.keys(obj);
  if (mode !== kLoose) {
    for (const sym of Object.getOwnPropertySymbols(obj)) if (isEnumerable(obj, sym)) keys.push(sym);
  }
  return keys;
}

function keyCheck(a, b, mode, memos, iterationType, keysA, keysB) {
  if (keysA === undefined) {
    keysA = ownKeys(a, mode);
    keysB = ownKeys(b, mode);
  }
  if (mode === kPartial) {
    for (const key of keysB) if (!isEnumerable(a, key)) return false;
  } else {
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) if (!isEnumerable(b, key)) return false;
  }
  if (keysA.length === 0 && keysB.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0 && b.length === 0) ||
       (iterationType !== kIsArray && a.size === 0 && b.size === 0))) {
    return true;
  }

  // Cycles: a pair of objects met again while comparing itself is equal when both sides loop back
  // to the same depth.
  if (memos === undefined) memos = { a: new Map(), b: new Map(), depth: 0 };
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  memos.depth++;
  memos.a.set(a, memos.depth);
  memos.b.set(b, memos.depth);
  const equal = objectEntriesEqual(a, b, mode, memos, iterationType, mode === kPartial ? keysB : keysA);
  memos.a.delete(a);
  memos.b.delete(b);
  return equal;
}

function objectEntriesEqual(a, b, mode, memos, iterationType, keys) {
  if (iterationType === kIsArray) {
    if (mode === kPartial) {
      if (!partialArrayLike(a, b, mode, memos)) return false;
    } else {
      for (let i = 0; i < a.length; i++) {
        const inA = hasOwn(a, i);
        if (inA !== hasOwn(b, i)) return false;
        if (inA && !innerDeepEqual(a[i], b[i], mode, memos)) return false;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// Partial arrays: expected's elements, in order, each matching a later element of actual.
function partialArrayLike(actual, expected, mode, memos) {
  let at = 0;
  for (let i = 0; i < expected.length; i++) {
    if (!hasOwn(expected, i)) continue;
    while (at < actual.length &&
           (!hasOwn(actual, at) || !innerDeepEqual(actual[at], expected[i], mode, memos))) at++;
    if (at === actual.length) return false;
    at++;
  }
  return true;
}

const isObject = (value) => value !== null && typeof value === 'object';

function takeEqual(candidates, value, mode, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(candidate, value, mode, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

// Set members: primitives by has(); objects (and, in loose mode, primitives only loosely equal) by
// finding a deep-equal partner, each used once.
function setEquiv(a, b, mode, memos) {
  let pending = null;
  for (const value of a) {
    if (isObject(value) || (mode === kLoose && !b.has(value))) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value) && mode !== kPartial) {
      return false;
    }
  }
  for (const value of b) {
    if (isObject(value)) {
      if (pending === null || !takeEqual(pending, value, mode, memos)) return false;
    } else if (!a.has(value)) {
      if (mode !== kLoose || pending === null || !takeEqual(pending, value, mode, memos)) return false;
    }
  }
  return mode === kPartial || pending === null || pending.size === 0;
}

function mapEquiv(a, b, mode, memos) {
  let pending = null;
  for (const [key, value] of a) {
    if (isObject(key)) {
      (pending ??= new Set()).add(key);
    } else if (mode === kPartial) {
      continue;
    } else if (!b.has(key) || !innerDeepEqual(value, b.get(key), mode, memos)) {
      if (mode !== kLoose) return false;
      (pending ??= new Set()).add(key);
    }
  }
  for (const [key, value] of b) {
    if (!isObject(key) && a.has(key) && innerDeepEqual(a.get(key), value, mode, memos)) continue;
    if (!isObject(key) && mode !== kLoose) return false;
    if (pending === null) return false;
    let found = false;
    for (const candidate of pending) {
      if (innerDeepEqual(candidate, key, mode, memos) && innerDeepEqual(a.get(candidate), value, mode, memos)) {
        pending.delete(candidate);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return mode === kPartial || pending === null || pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict, undefined);
}

function isPartialStrictEqual(actual, expected) {
  return innerDeepEqual(actual, expected, kPartial, undefined);
}

function isDeepStrictEqualSkipPrototype(a, b) {
  return innerDeepEqual(a, b, kStrictSkipPrototype, undefined);
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual, isDeepStrictEqualSkipPrototype };
