'use strict';
// A vm context's language is the main context's: the same additions, the same well-known symbols.
const vm = require('vm');
const ctx = vm.createContext({});
console.log(vm.runInContext(`[typeof DisposableStack, typeof AsyncDisposableStack, typeof SuppressedError,
  typeof Array.fromAsync, typeof String.dedent, typeof Iterator.concat, typeof Iterator.prototype[Symbol.dispose]]`, ctx));
console.log(vm.runInContext('Symbol.dispose', ctx) === Symbol.dispose, vm.runInContext('Symbol.asyncDispose', ctx) === Symbol.asyncDispose);
const foreign = vm.runInContext('new DisposableStack()', ctx);
console.log(foreign instanceof DisposableStack, vm.runInContext('DisposableStack', ctx) !== DisposableStack);
foreign.defer(() => console.log('foreign disposed'));
foreign[Symbol.dispose]();
try { DisposableStack.prototype.use.call(foreign, null); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('cross-realm', DisposableStack.prototype.use.call(vm.runInContext('new DisposableStack()', ctx), null));
const err = vm.runInContext(`const s = new DisposableStack(); s.defer(() => { throw 1 }); s.defer(() => { throw 2 });
  let r; try { s.dispose() } catch (e) { r = e } r`, ctx);
console.log(err instanceof SuppressedError, err.constructor === vm.runInContext('SuppressedError', ctx), err.error, err.suppressed);
