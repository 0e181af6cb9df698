'use strict';
// The argument checks of the fetch classes, worded as Node's fetch (undici) words them: WebIDL's
// argument counts, ByteString and dictionary conversions, enumerations and brand checks.

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// How a value is shown inside these messages: strings quoted, objects inspected.
function describe(value) {
  switch (typeof value) {
    case 'string': return `"${value}"`;
    case 'symbol': return `Symbol(${value.description})`;
    case 'object':
    case 'function':
      if (value === null) return 'null';
      return require('internal/util/inspect').inspect(value);
    default: return `${value}`;
  }
}

function argumentCount(length, min, context) {
  if (length >= min) return;
  throw new TypeError(`${context}: ${min} argument${min === 1 ? '' : 's'} required, but${length ? ' only' : ''} ${length} found.`);
}

function illegalInvocation() {
  const error = new TypeError('Illegal invocation');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

// A WebIDL ByteString: the string form, each code unit at most 255. `what` names the value in the
// error for a symbol ("Headers.append: name").
function toByteString(value, what = undefined) {
  if (typeof value === 'symbol') {
    throw new TypeError(what === undefined ? 'Cannot convert a Symbol value to a string' :
      `${what} is a symbol, which cannot be converted to a ByteString.`);
  }
  const string = `${value}`;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
        `${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return string;
}

function toUSVString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`.toWellFormed();
}

// A dictionary argument (RequestInit, ResponseInit): undefined and null are an empty one.
function dictionary(value) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new TypeError(`undefined: Expected ${describe(value).replace(/^"(.*)"$/s, '$1')} to be one of: Null, Undefined, Object.`);
  }
  return value;
}

function enumeration(value, accepted) {
  const string = `${value}`;
  if (!accepted.includes(string)) {
    throw new TypeError(`undefined: ${string} is not an accepted type. Expected one of ${accepted.join(', ')}.`);
  }
  return string;
}

// WebIDL `unsigned short` (ResponseInit.status), modulo 2^16.
function unsignedShort(value) {
  let n = Number(value);
  if (!Number.isFinite(n)) return 0;
  n = Math.trunc(n) % 65536;
  return n < 0 ? n + 65536 : n;
}

// `ClassName {...}`: the fetch classes print a plain object of their fields after their name. As in
// Node, the depth of the options applies to that object as it is (not one less).
function inspectAs(name, fields, depth, options) {
  const { formatWithOptions } = require('internal/util/inspect');
  if (options.depth === undefined) options = { ...options, depth };
  return `${name} ${formatWithOptions(options, fields)}`;
}

// `tag` as the prototype's Symbol.toStringTag and `names` made enumerable, as WebIDL interfaces are.
function defineInterface(klass, tag, names) {
  for (const name of names) Object.defineProperty(klass.prototype, name, { enumerable: true });
  Object.defineProperty(klass.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

module.exports = {
  kInspect, describe, argumentCount, illegalInvocation, toByteString, toUSVString, dictionary,
  enumeration, unsignedShort, inspectAs, defineInterface,
};
