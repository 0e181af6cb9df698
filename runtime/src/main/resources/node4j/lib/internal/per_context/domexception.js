'use strict';
// DOMException, as far as node:buffer needs it (atob/btoa and Blob throw it): name, message, the
// legacy numeric code and the *_ERR constants. The web-globals work extends this file (structured
// clone, the 'cause' option's edge cases) rather than adding a second class.

const internals = new WeakMap();

// Legacy names and codes, in the order of the WebIDL table.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeOfName = new Map(legacyCodes.map(([name, , code]) => [name, code]));

function state(self) {
  const s = internals.get(self);
  if (s === undefined) {
    const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
    throw new ERR_INVALID_THIS('DOMException');
  }
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    const error = Reflect.construct(Error, [], new.target);
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(error, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    } else {
      name = `${options}`;
    }
    internals.set(error, { message: `${message}`, name });
    // The stack's header, made now while `name` and `message` read as Node shows them.
    Object.defineProperty(error, 'name', { value: name, configurable: true });
    Object.defineProperty(error, 'message', { value: `${message}`, configurable: true });
    void error.stack;
    delete error.name;
    delete error.message;
    return error;
  }

  get name() { return state(this).name; }
  get message() { return state(this).message; }
  get code() { return codeOfName.get(state(this).name) ?? 0; }
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
for (const [, constant, code] of legacyCodes) {
  const desc = { value: code, enumerable: true };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

module.exports = { DOMException };
