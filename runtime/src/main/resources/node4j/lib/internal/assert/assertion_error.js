'use strict';
// assert.AssertionError: the error every failed assertion throws, with Node's generated messages
// (one-line comparisons, "+ actual - expected" line diffs of inspected values, legacy texts).

const { inspect } = require('internal/util/inspect');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');
const { validateObject } = require('internal/validators');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values shorter than this (quotes aside) are shown on one line: "1 !== 2".
const kMaxShortLength = 12;
const kMaxLongLength = 512;
const kMaxIndicatorWidth = 80;

// One property per line, sorted, everything expanded: the form the line diff works on.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// An error's copy without its stack, so that a diff of two errors shows their names and messages.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (source.cause !== undefined) {
    let cause = source.cause;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

const isObjectLike = (value) => typeof value === 'object' && value !== null;

// "+ actual\n- expected", with a caret under the first differing character when both fit a line.
function stackedDiff(actual, expected) {
  let message = `\n+ ${actual}\n- ${expected}`;
  if (actual.length + expected.length <= kMaxIndicatorWidth) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        // The first few characters need no pointer (the first is the quote of a string).
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return message;
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  let skipped = false;
  let message;
  const oneLine = actualLines.length === 1 && expectedLines.length === 1 &&
    (!isObjectLike(actual) || !isObjectLike(expected));
  if (oneLine) {
    let length = inspectedActual.length + inspectedExpected.length;
    if (typeof actual === 'string') length -= 2;
    if (typeof expected === 'string') length -= 2;
    if (length <= kMaxShortLength && (actual !== 0 || expected !== 0)) {
      message = `${inspectedActual} !== ${inspectedExpected}`;
      header = '';
    } else {
      message = stackedDiff(inspectedActual, inspectedExpected);
    }
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    if (actualLines.length > 50) {
      message = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = inspectedActual;
    }
    header = '';
  } else {
    const diff = printMyersDiff(myersDiff(actualLines, expectedLines, isObjectLike(actual)));
    message = diff.message;
    skipped = diff.skipped;
  }
  return `${customMessage || kReadableOperator[operator]}\n${header}` +
    `${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// The message of a "not" operator: the one value, cut to 47 lines.
function createUnequalMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length > 50) {
    lines.length = 47;
    lines[46] = '...';
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

// The legacy (loose) messages: "1 == 2", or both values around "should loosely deep-equal".
function createLegacyMessage(actual, expected, operator) {
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    const message = `${known}\n\n${shownActual}`;
    return message.length > 1024 ? `${message.slice(0, 1021)}...` : message;
  }
  if (shownActual.length > kMaxLongLength) shownActual = `${shownActual.slice(0, 509)}...`;
  if (shownExpected.length > kMaxLongLength) shownExpected = `${shownExpected.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${known}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  return `${shownActual} ${operator} ${shownExpected}`;
}

// How inspect shows actual/expected on the error itself: ten lines, or Node's cut of long strings
// (which keeps what follows the first 512 characters).
function shorten(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (text.length > kMaxLongLength) return `${text.slice(kMaxLongLength)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    let { actual, expected } = options;

    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let text;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = createErrDiff(actual, expected, operator, message);
      } else {
        text = String(message);
      }
    } else {
      if (isObjectLike(actual) && isObjectLike(expected) && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = createErrDiff(actual, expected, operator);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = createUnequalMessage(actual, operator);
      } else {
        text = createLegacyMessage(actual, expected, operator);
      }
    }
    super(text);
    Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](depth, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shorten(actual);
    if (typeof expected === 'string') this.expected = shorten(expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = actual;
    this.expected = expected;
    return result;
  }
}

module.exports = { AssertionError, inspectValue };
