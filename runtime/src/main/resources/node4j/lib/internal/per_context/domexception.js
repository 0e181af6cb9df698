'use strict';
// DOMException, the web platform's error class (AbortSignal's reasons, structuredClone, atob...).
//
// As in Node 24, instances are native Error objects (util.types.isNativeError and Error.isError say
// true; `stack` is their own property), made by Error with DOMException's prototype, while the class
// itself does not extend Error: its prototype object is chained to Error.prototype instead. name,
// message and code are prototype getters reading state kept out of reach of user code.

const internals = new WeakMap();

// The legacy numeric codes, in the order the DOM standard lists them: each is a constant on the
// class and on its prototype, and the code of the exception name paired with it.
const legacyCodes = [
  ['INDEX_SIZE_ERR', 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', null],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', null],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 'InvalidStateError'],
  ['SYNTAX_ERR', 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError'],
  ['NAMESPACE_ERR', 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError'],
  ['VALIDATION_ERR', null],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError'],
  ['SECURITY_ERR', 'SecurityError'],
  ['NETWORK_ERR', 'NetworkError'],
  ['ABORT_ERR', 'AbortError'],
  ['URL_MISMATCH_ERR', 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError'],
  ['TIMEOUT_ERR', 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 'DataCloneError'],
];

const codeOfName = new Map();
for (let i = 0; i < legacyCodes.length; i++) {
  if (legacyCodes[i][1] !== null) codeOfName.set(legacyCodes[i][1], i + 1);
}

// The TypeError a getter throws for a receiver that is no DOMException. Its text is not
// ERR_INVALID_THIS's usual one ("must be of DOMException", no "type"), and its stack header has no
// code: Node builds this one by hand, so this does too.
function invalidThis() {
  const err = new TypeError();
  const message = 'Value of "this" must be of DOMException';
  Object.defineProperties(err, {
    message: { value: message, writable: true, enumerable: false, configurable: true },
    toString: {
      value() { return `${this.name} [${this.code}]: ${this.message}`; },
      writable: true, enumerable: false, configurable: true,
    },
  });
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function stateOf(self) {
  const state = internals.get(self);
  if (state === undefined) throw invalidThis();
  return state;
}

class DOMException {
  // options: the name, or { name, cause }.
  constructor(message = '', options = 'Error') {
    const self = Reflect.construct(Error, [], new.target);
    let name;
    if (options !== null && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    internals.set(self, { message: `${message}`, name });
    return self;
  }

  get name() {
    return stateOf(this).name;
  }

  get message() {
    return stateOf(this).message;
  }

  get code() {
    return codeOfName.get(stateOf(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
for (let i = 0; i < legacyCodes.length; i++) {
  const descriptor = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, legacyCodes[i][0], descriptor);
  Object.defineProperty(DOMException.prototype, legacyCodes[i][0], descriptor);
}

function isDOMException(value) {
  return internals.has(value);
}

module.exports = { DOMException, isDOMException };
