'use strict';
// options.timeout: a script still running after it is stopped (neither its catch nor its finally
// blocks run) and ERR_SCRIPT_EXECUTION_TIMEOUT is thrown; the context stays usable.
const vm = require('vm');

const ctx = vm.createContext({ log: [] });
try {
  vm.runInContext('while (true) {}', ctx, { timeout: 50 });
} catch (err) {
  console.log(err.name, err.code, err.message, Object.keys(err), err instanceof Error);
  console.log(err.stack.split('\n')[0]);
}
try {
  vm.runInContext(`
    var before = 'set before the loop';
    try { for (;;) {} } catch (e) { log.push('caught'); } finally { log.push('finally'); }
  `, ctx, { timeout: 200 });
} catch (err) {
  console.log(err.code);
}
console.log(ctx.log, ctx.before);
console.log(vm.runInContext('log.length + 1', ctx, { timeout: 1000 }));
// A deep call stack, a loop in a function, a script of this context.
try {
  vm.runInThisContext('(function spin(n) { if (n > 0) return spin(n - 1); while (true) {} })(100)', { timeout: 20 });
} catch (err) {
  console.log('this context', err.code);
}
try {
  new vm.Script('for (let i = 0; ; i++) { Math.sqrt(i); }').runInNewContext({}, { timeout: 25 });
} catch (err) {
  console.log('new context', err.message);
}
// A timeout inside another timeout's run stops the inner run only.
ctx.inner = () => {
  try {
    vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
  } catch (err) {
    return `inner ${err.code}`;
  }
  return 'inner finished';
};
console.log(vm.runInContext('inner()', ctx, { timeout: 5000 }));
// The outer timeout stops the run, even inside a nested run without one.
ctx.nested = () => vm.runInNewContext('while (true) {}');
try {
  vm.runInContext('nested()', ctx, { timeout: 40 });
} catch (err) {
  console.log('outer', err.code, err.message);
}
// A script that ends in time returns normally; the timer does not fire later.
console.log(vm.runInNewContext('6 * 7', {}, { timeout: 2000 }));
setTimeout(() => console.log('still running'), 30);
