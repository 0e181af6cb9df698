'use strict';
// Globals written later, from callbacks the context's code left behind, reach the sandbox too.
const vm = require('vm');

const sandbox = { setTimeout, done: [] };
vm.createContext(sandbox);
vm.runInContext(`
  function later() { laterGlobal = 'set later'; counter = (typeof counter === 'number' ? counter : 0) + 1; }
  var handlers = { onEvent(value) { lastEvent = value; } };
  setTimeout(() => { fromTimer = 'timer'; done.push('timer'); }, 1);
  Promise.resolve().then(() => { fromPromise = 'promise'; });
`, sandbox);
console.log('fromTimer' in sandbox, 'fromPromise' in sandbox);
sandbox.later();
sandbox.later();
sandbox.handlers.onEvent(42);
console.log(sandbox.laterGlobal, sandbox.counter, sandbox.lastEvent);
Promise.resolve().then(() => {
  console.log('promise job ran:', sandbox.fromPromise);
});
setTimeout(() => {
  console.log('timer ran:', sandbox.fromTimer, sandbox.done);
  // A function the context declared, called from here, still writes the context's globals.
  sandbox.later();
  console.log(sandbox.counter, vm.runInContext('counter', sandbox));
}, 20);
