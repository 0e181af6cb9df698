// DOMException: name, message, code, and what it is (a native error with DOMException's prototype).
const util = require('util');
const e = new DOMException('msg', 'AbortError');
console.log(e.name, e.message, e.code);
console.log(e instanceof Error, e instanceof DOMException, util.types.isNativeError(e));
console.log(Object.prototype.toString.call(e), String(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
const d = new DOMException();
console.log(d.name, JSON.stringify(d.message), d.code);
console.log(new DOMException(null).message, new DOMException(undefined).message, new DOMException(5).message);
console.log(new DOMException({ toString() { return 'M'; } }, 7).name);
console.log(new DOMException('x', 'Foo').code, new DOMException('x', 'SyntaxError').code);
console.log(Object.getPrototypeOf(DOMException) === Error, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(DOMException.name, DOMException.length, DOMException.prototype[Symbol.toStringTag]);
console.log(e.stack.split('\n')[0]);
