'use strict';
// node:assert: the assertion functions (legacy mode at the top level, strict mode in assert.strict),
// the Assert class for instances with their own options, and the deprecated CallTracker.

const { AssertionError } = require('internal/assert/assertion_error');
const { falsyValueMessage } = require('internal/assert/source_call');
const { inspect } = require('internal/util/inspect');
const {
  isDeepEqual, isDeepStrictEqual, isPartialStrictEqual, isDeepStrictEqualSkipPrototype,
} = require('internal/util/comparisons');
const types = require('internal/util/types');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT, ERR_CONSTRUCT_CALL_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

// The options of the Assert instance a method was called on; module-level calls get the defaults.
function optionsOf(self) {
  return (self !== null && typeof self === 'object' && self[kOptions]) || undefined;
}

function innerFail(self, details) {
  if (details.message instanceof Error) throw details.message;
  const diff = optionsOf(self)?.diff;
  throw new AssertionError(diff === undefined ? details : { ...details, diff });
}

function innerOk(fn, argCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyValueMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

let failWarned = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let internalMessage = false;
  if (actual == null && argCount <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail,
    message, ...(optionsOf(this) ? { diff: optionsOf(this).diff } : {}),
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function requireBoth(argCount) {
  if (argCount < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

function equal(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail(this, { actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail(this, { actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function strictDeepCompare(self, actual, expected) {
  return optionsOf(self)?.skipPrototype ? isDeepStrictEqualSkipPrototype(actual, expected)
    : isDeepStrictEqual(actual, expected);
}

function deepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!strictDeepCompare(this, actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (strictDeepCompare(this, actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'notDeepStrictEqual',
                      stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isPartialStrictEqual(actual, expected)) {
    innerFail(this, { actual, expected, message, operator: 'partialDeepStrictEqual',
                      stackStartFn: partialDeepStrictEqual });
  }
}

// What throws/rejects compare a validation object against: expected's keys, with actual's values
// (or expected's, where a RegExp of expected matches actual's string).
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) &&
            RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const err = new AssertionError({
        actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail(undefined, { actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// Checks a caught error against throws()'s `expected`: a RegExp, a validation object or Error, an
// Error class, or a validation function.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let failed = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const text = String(actual);
      if (RegExp.prototype.exec.call(expected, text) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. ` +
          `Input:\n\n${inspect(text)}\n`;
      }
      failed = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    failed = true;
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      failed = true;
    }
  }
  if (failed) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value) {
  return types.isPromise(value) || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(fn, actual, ...rest) {
  let [error, message] = rest;
  if (typeof error === 'string') {
    if (rest.length === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail(undefined, { actual: undefined, expected: error, operator: fn.name,
                           message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (error) expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail(undefined, { actual, expected: error, operator: fn.name, stackStartFn: fn,
                           message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"` });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message,
                                      stackStartFn: ifError });
  // The new error's frames down to where they meet the original's, then the original's.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const framesAt = origStack.indexOf('\n    at');
    if (framesAt !== -1) {
      const originalFrames = origStack.slice(framesAt + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
}

function internalMatch(self, string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string !== 'string' || (RegExp.prototype.exec.call(regexp, string) !== null) !== wantMatch) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message ||= typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : `${wantMatch ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression '}` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name,
                                     stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function match(string, regexp, message) {
  internalMatch(this, string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(this, string, regexp, message, doesNotMatch);
}

// new assert.Assert({ diff, strict, skipPrototype }): the assertion methods bound to options;
// strict (the default) makes equal/deepEqual/notEqual/notDeepEqual their strict forms.
function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  const { diff = 'simple', strict = true, skipPrototype = false } = options ?? {};
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  Object.defineProperty(this, kOptions, { value: { diff, strict, skipPrototype } });
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = strictEqual;
    this.deepEqual = deepStrictEqual;
    this.notEqual = notStrictEqual;
    this.notDeepEqual = notDeepStrictEqual;
  }
}
for (const [name, fn] of Object.entries({
  fail, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual, strictEqual,
  notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match,
  doesNotMatch,
})) {
  Object.defineProperty(Assert.prototype, name, { value: fn, writable: true, configurable: true });
}

// assert.CallTracker (deprecated, DEP0173): wrappers that count their calls, checked by verify().
class CallTracker {
  #tracked = new Map();

  calls(fn, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = () => {};
    } else if (fn === undefined) {
      fn = () => {};
    }
    validateFunction(fn, 'fn');
    require('internal/validators').validateUint32(exact, 'exact', true);
    const context = { exact, actual: 0, calls: [], name: fn.name || 'calls', stackTrace: new Error() };
    const tracked = this.#tracked;
    const wrapper = new Proxy(fn, {
      apply(target, thisArg, args) {
        context.actual++;
        context.calls.push(Object.freeze({ thisArg, arguments: args }));
        if (context.actual === context.exact) tracked.delete(wrapper);
        else if (context.actual === context.exact + 1) tracked.set(wrapper, context);
        return Reflect.apply(target, thisArg, args);
      },
    });
    tracked.set(wrapper, context);
    this.#tracked.get(wrapper).wrapper = wrapper;
    CallTracker.#contexts.set(wrapper, context);
    return wrapper;
  }

  static #contexts = new WeakMap();

  #contextOf(fn) {
    const context = CallTracker.#contexts.get(fn);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('fn', fn, 'is not a tracked function');
    }
    return context;
  }

  getCalls(fn) {
    return Object.freeze([...this.#contextOf(fn).calls]);
  }

  reset(fn) {
    const contexts = fn === undefined ? [...CallTracker.#contexts.values()] : [this.#contextOf(fn)];
    for (const context of contexts) {
      context.actual = 0;
      context.calls = [];
      if (context.wrapper && context.exact > 0) this.#tracked.set(context.wrapper, context);
    }
  }

  report() {
    const errors = [];
    for (const context of this.#tracked.values()) {
      if (context.actual === context.exact) continue;
      errors.push({
        message: `Expected the ${context.name} function to be executed ${context.exact} time(s) but was ` +
          `executed ${context.actual} time(s).`,
        actual: context.actual,
        expected: context.exact,
        operator: context.name,
        stack: context.stackTrace,
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message
      : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

const assert = ok;
assert.AssertionError = AssertionError;
assert.CallTracker = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');
Object.assign(assert, {
  ok, fail, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual, strictEqual,
  notStrictEqual, partialDeepStrictEqual, match, doesNotMatch, throws, rejects, doesNotThrow, doesNotReject,
  ifError,
});

// assert.strict (and node:assert/strict): the same API in strict assertion mode.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
assert.strict = Object.assign(strict, assert, {
  equal: strictEqual, deepEqual: deepStrictEqual, notEqual: notStrictEqual, notDeepEqual: notDeepStrictEqual,
});
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;

module.exports = assert;
