'use strict';
// The events a WebSocket dispatches besides Event and MessageEvent: CloseEvent (a global) and
// ErrorEvent (not a global in Node 24: only a WebSocket's 'error' listeners see one).
//
// Both follow the web platform's conversions as Node's WebSocket does them: arguments are counted,
// an init dictionary must be an object (or null/undefined), and the attributes are prototype getters
// that check their receiver.

const { Event } = require('internal/event_target');

const kEmptyObject = Object.freeze({ __proto__: null });

// A receiver of the wrong class. Node's WebSocket throws a plain TypeError carrying the code (not
// an ERR_INVALID_THIS error of internal/errors, whose message and stack header differ).
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function requireArguments(count, context) {
  if (count === 0) throw new TypeError(`${context}: 1 argument required, but 0 found.`);
}

// A DOMString from `type`; a Symbol cannot become one.
function typeString(type, context) {
  if (typeof type === 'symbol') {
    throw new TypeError(`${context}: type is a symbol, which cannot be converted to a DOMString.`);
  }
  return `${type}`;
}

function symbolToString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function symbolToNumber(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  return Number(value);
}

// An init dictionary: null and undefined are empty, anything else must be an object.
function initDictionary(init) {
  if (init === undefined || init === null) return kEmptyObject;
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`undefined: Expected ${symbolToString(init)} to be one of: Null, Undefined, Object.`);
  }
  return init;
}

// Web IDL's unsigned short as Node's WebSocket converts it: the integer part, modulo 2^16 (keeping
// the sign of a negative value, as Node does).
function unsignedShort(value) {
  const x = symbolToNumber(value);
  if (!Number.isFinite(x)) return 0;
  return Math.trunc(x) % 65536;
}

function eventOptions(init) {
  return { bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed };
}

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;

  constructor(type, eventInitDict = undefined) {
    requireArguments(arguments.length, 'CloseEvent constructor');
    type = typeString(type, 'CloseEvent constructor');
    const init = initDictionary(eventInitDict);
    super(type, eventOptions(init));
    this.#code = init.code === undefined ? 0 : unsignedShort(init.code);
    this.#reason = init.reason === undefined ? '' : symbolToString(init.reason);
    this.#wasClean = !!init.wasClean;
  }

  static #check(self) {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function') || !(#code in self)) {
      throw illegalInvocation();
    }
  }

  get wasClean() {
    CloseEvent.#check(this);
    return this.#wasClean;
  }

  get code() {
    CloseEvent.#check(this);
    return this.#code;
  }

  get reason() {
    CloseEvent.#check(this);
    return this.#reason;
  }
}

class ErrorEvent extends Event {
  #message;
  #filename;
  #lineno;
  #colno;
  #error;

  constructor(type, eventInitDict = undefined) {
    requireArguments(arguments.length, 'ErrorEvent constructor');
    type = typeString(type, 'ErrorEvent constructor');
    const init = initDictionary(eventInitDict);
    super(type, eventOptions(init));
    this.#message = init.message === undefined ? '' : symbolToString(init.message);
    this.#filename = init.filename === undefined ? '' : symbolToString(init.filename);
    this.#lineno = init.lineno === undefined ? 0 : unsignedShort(init.lineno) >>> 0;
    this.#colno = init.colno === undefined ? 0 : unsignedShort(init.colno) >>> 0;
    this.#error = init.error;
  }

  static #check(self) {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function') || !(#message in self)) {
      throw illegalInvocation();
    }
  }

  get message() {
    ErrorEvent.#check(this);
    return this.#message;
  }

  get filename() {
    ErrorEvent.#check(this);
    return this.#filename;
  }

  get lineno() {
    ErrorEvent.#check(this);
    return this.#lineno;
  }

  get colno() {
    ErrorEvent.#check(this);
    return this.#colno;
  }

  get error() {
    ErrorEvent.#check(this);
    return this.#error;
  }
}

for (const [cls, keys] of [[CloseEvent, ['wasClean', 'code', 'reason']],
                           [ErrorEvent, ['message', 'filename', 'lineno', 'colno', 'error']]]) {
  for (const key of keys) Object.defineProperty(cls.prototype, key, { enumerable: true });
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  CloseEvent, ErrorEvent, illegalInvocation, requireArguments, symbolToString, symbolToNumber,
};
