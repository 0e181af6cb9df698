'use strict';
// microtaskMode 'afterEvaluate': the context's promise jobs run before its run returns, and a
// timeout covers them; other contexts share the program's queue.
const vm = require('vm');

const log = [];
const own = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('Promise.resolve().then(() => log.push("own: job")); log.push("own: sync")', own);
log.push('after own run');
Promise.resolve().then(() => log.push('main: job'));
const shared = vm.createContext({ log });
vm.runInContext('Promise.resolve().then(() => log.push("shared: job")); log.push("shared: sync")', shared);
log.push('after shared run');
// A promise of the context, resolved in it, awaited from here.
const p = vm.runInContext('Promise.resolve(5)', vm.createContext({}, { microtaskMode: 'afterEvaluate' }));
p.then((v) => log.push(`awaited from main: ${v}`));
// Chains queued by the context's jobs run too, before the run returns.
vm.runInContext('Promise.resolve(1).then((v) => v + 1).then((v) => log.push("chain " + v))', own);
log.push('after chain');
try {
  vm.runInContext('Promise.resolve().then(() => { while (true) {} })',
                  vm.createContext({}, { microtaskMode: 'afterEvaluate' }), { timeout: 50 });
  log.push('no timeout');
} catch (err) {
  log.push(`job timed out: ${err.code}`);
}
setTimeout(() => console.log(log), 10);
