// Subclasses keep the state and the brand.
const util = require('util');
class MyError extends DOMException {
  constructor(message) {
    super(message, 'InvalidStateError');
    this.extra = true;
  }
}
const e = new MyError('sub');
console.log(e.name, e.code, e.message, e.extra, e instanceof MyError, e instanceof DOMException);
console.log(Object.getPrototypeOf(e) === MyError.prototype, util.types.isNativeError(e));
console.log(util.inspect(e).split('\n')[0]);
console.log(e.stack.split('\n')[0]);
console.log(Object.prototype.toString.call(e));
