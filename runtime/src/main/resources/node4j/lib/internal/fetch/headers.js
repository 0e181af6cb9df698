'use strict';
// Headers (WHATWG fetch): a header list keyed by lower-cased name. Each entry keeps the spelling the
// name was first given in (for util.inspect and for the request head), its values joined by ", ",
// and, for set-cookie, each value apart. Iteration is sorted by name, set-cookie values one by one.
// A guard makes the headers of fetched and error/redirect Responses immutable.

const {
  kInspect, describe, argumentCount, illegalInvocation, toByteString, inspectAs, defineInterface,
} = require('internal/fetch/webidl');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function isValidName(name) {
  return TOKEN.test(name);
}

function normalizeValue(value) {
  return value.replace(HTTP_WHITESPACE, '');
}

function isValidValue(value) {
  return !/[\0\r\n]/.test(value);
}

// The list behind a Headers object, also used on its own by Request and Response.
class HeaderList {
  constructor() {
    // lower-cased name -> { name, value, cookies }
    this.map = new Map();
    this.sorted = null;
  }

  append(name, value) {
    const lower = name.toLowerCase();
    const entry = this.map.get(lower);
    if (entry === undefined) {
      this.map.set(lower, { name, value, cookies: lower === 'set-cookie' ? [value] : null });
    } else {
      entry.value += `, ${value}`;
      entry.cookies?.push(value);
    }
    this.sorted = null;
  }

  set(name, value) {
    const lower = name.toLowerCase();
    const entry = this.map.get(lower);
    if (entry === undefined) {
      this.map.set(lower, { name, value, cookies: lower === 'set-cookie' ? [value] : null });
    } else {
      entry.value = value;
      if (entry.cookies) entry.cookies = [value];
    }
    this.sorted = null;
  }

  delete(name) {
    if (this.map.delete(name.toLowerCase())) this.sorted = null;
  }

  has(name) {
    return this.map.has(name.toLowerCase());
  }

  get(name) {
    const entry = this.map.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  // [name, value] pairs, sorted by lower-cased name, one pair per set-cookie value.
  sortedPairs() {
    if (this.sorted === null) {
      const names = [...this.map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const pairs = [];
      for (const lower of names) {
        const entry = this.map.get(lower);
        if (entry.cookies) for (const cookie of entry.cookies) pairs.push([lower, cookie]);
        else pairs.push([lower, entry.value]);
      }
      this.sorted = pairs;
    }
    return this.sorted;
  }

  // [name as first given, joined value] in the order names were first added: the request head.
  rawPairs() {
    const pairs = [];
    for (const entry of this.map.values()) pairs.push([entry.name, entry.value]);
    return pairs;
  }

  copy() {
    const list = new HeaderList();
    for (const [lower, entry] of this.map) {
      list.map.set(lower, { name: entry.name, value: entry.value, cookies: entry.cookies && [...entry.cookies] });
    }
    return list;
  }
}

function listOf(headers) {
  if (headers === null || typeof headers !== 'object' || !(kList in headers)) throw illegalInvocation();
  return headers[kList];
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function checkedName(name, context) {
  name = toByteString(name, `${context}: name`);
  if (!isValidName(name)) throw new TypeError(`${context}: ${describe(name)} is an invalid header name.`);
  return name;
}

function appendChecked(headers, name, value, context) {
  name = checkedName(name, context);
  value = normalizeValue(toByteString(value, `${context}: value`));
  if (!isValidValue(value)) throw new TypeError(`${context}: ${describe(value)} is an invalid header value.`);
  checkMutable(headers);
  headers[kList].append(name, value);
}

const initError = 'Headers constructor: Argument 1 could not be converted to one of: ' +
  'sequence<sequence<ByteString>>, record<ByteString, ByteString>.';

// Fills headers from a HeadersInit: a sequence of pairs (any iterable, Headers included) or a record.
function fill(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) throw new TypeError(initError);
  const iteratorMethod = init[Symbol.iterator];
  // A Headers object as it is (its own iterator untouched) gives its list: names as first spelt, in
  // the order they came, set-cookie values apart.
  if (iteratorMethod === Headers.prototype.entries && init[kList] instanceof HeaderList) {
    for (const entry of init[kList].map.values()) {
      for (const value of entry.cookies ?? [entry.value]) headers[kList].append(entry.name, value);
    }
    return;
  }
  if (iteratorMethod !== undefined) {
    if (typeof iteratorMethod !== 'function') throw new TypeError(initError);
    const pairs = [];
    let index = 0;
    for (const pair of init) {
      if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError(`Headers constructor: init[${index}] (${describe(pair)}) is not iterable.`);
      }
      const items = [...pair].map((item, j) => toByteString(item, `Headers constructor: init[${index}][${j}]`));
      pairs.push(items);
      index++;
    }
    for (const items of pairs) {
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendChecked(headers, items[0], items[1], 'Headers.append');
    }
    return;
  }
  const pairs = [];
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError(`Headers constructor: Key ${describe(key)} in init is a symbol, which cannot be converted to a ByteString.`);
    }
    pairs.push([key, toByteString(init[key], `Headers constructor: init[${describe(key)}]`)]);
  }
  for (const [name, value] of pairs) appendChecked(headers, name, value, 'Headers.append');
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new HeaderList();
    this[kGuard] = 'none';
    if (init !== undefined) fill(this, init);
  }

  append(name, value) {
    listOf(this);
    argumentCount(arguments.length, 2, 'Headers.append');
    appendChecked(this, name, value, 'Headers.append');
  }

  delete(name) {
    const list = listOf(this);
    argumentCount(arguments.length, 1, 'Headers.delete');
    name = checkedName(name, 'Headers.delete');
    checkMutable(this);
    list.delete(name);
  }

  get(name) {
    const list = listOf(this);
    argumentCount(arguments.length, 1, 'Headers.get');
    return list.get(checkedName(name, 'Headers.get'));
  }

  has(name) {
    const list = listOf(this);
    argumentCount(arguments.length, 1, 'Headers.has');
    return list.has(checkedName(name, 'Headers.has'));
  }

  set(name, value) {
    const list = listOf(this);
    argumentCount(arguments.length, 2, 'Headers.set');
    name = checkedName(name, 'Headers.set');
    value = normalizeValue(toByteString(value, 'Headers.set: value'));
    if (!isValidValue(value)) throw new TypeError(`Headers.set: ${describe(value)} is an invalid header value.`);
    checkMutable(this);
    list.set(name, value);
  }

  getSetCookie() {
    const entry = listOf(this).map.get('set-cookie');
    return entry === undefined ? [] : [...entry.cookies];
  }

  keys() {
    return createIterator(listOf(this), 'key');
  }

  values() {
    return createIterator(listOf(this), 'value');
  }

  entries() {
    return createIterator(listOf(this), 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    const list = listOf(this);
    argumentCount(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < list.sortedPairs().length; i++) {
      const [name, value] = list.sortedPairs()[i];
      callback.call(thisArg, value, name, this);
    }
  }

  [kInspect](depth, options) {
    const fields = {};
    for (const entry of listOf(this).map.values()) fields[entry.name] = entry.value;
    return inspectAs('Headers', fields, depth, options);
  }
}
defineInterface(Headers, 'Headers',
  ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']);
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});

// The Headers iterator: a position in the sorted list, read afresh on each step.
const HeadersIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this?.[kIteratorState];
      if (state === undefined) {
        throw new TypeError("'next' called on an object that does not implement interface Headers Iterator.");
      }
      const pairs = state.list.sortedPairs();
      if (state.index >= pairs.length) return { value: undefined, done: true };
      const [name, value] = pairs[state.index++];
      const result = state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value];
      return { value: result, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
});
const kIteratorState = Symbol('kIteratorState');

function createIterator(list, kind) {
  const iterator = Object.create(HeadersIteratorPrototype);
  Object.defineProperty(iterator, kIteratorState, { value: { list, kind, index: 0 } });
  return iterator;
}

// A Headers object over a given list and guard (Request.headers, Response.headers).
function headersFrom(list, guard) {
  const headers = Object.create(Headers.prototype);
  headers[kList] = list;
  headers[kGuard] = guard;
  return headers;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

module.exports = {
  Headers, HeaderList, headersFrom, fill, listOf, setGuard, isValidName, isValidValue, normalizeValue,
};
