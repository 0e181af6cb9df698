'use strict';
// compat: process
// breakOnSigint: SIGINT stops the script with ERR_SCRIPT_EXECUTION_INTERRUPTED; the program's SIGINT
// listeners are off meanwhile (they do not get that signal) and back after.
const vm = require('vm');

let heard = 0;
const listener = () => { heard++; };
process.on('SIGINT', listener);
const ctx = vm.createContext({ process });
try {
  vm.runInContext('process.kill(process.pid, "SIGINT"); while (true) {}', ctx, { breakOnSigint: true });
  console.log('not interrupted');
} catch (err) {
  console.log(err.name, err.code, err.message, Object.keys(err));
}
console.log(process.listenerCount('SIGINT'), process.listeners('SIGINT')[0] === listener);
// Without a listener too.
process.removeListener('SIGINT', listener);
try {
  vm.runInThisContext('process.kill(process.pid, "SIGINT"); for (;;) {}', { breakOnSigint: true });
} catch (err) {
  console.log('no listener:', err.code);
}
// With a timeout as well, whichever comes first.
try {
  vm.runInContext('while (true) {}', ctx, { breakOnSigint: true, timeout: 20 });
} catch (err) {
  console.log('timeout first:', err.code);
}
// A run that ends normally leaves later SIGINTs to the listeners (none of the signals above reached
// them).
const keepAlive = setTimeout(() => console.log('the listener heard nothing'), 10000);
process.on('SIGINT', function last() {
  listener();
  console.log('listener heard', heard);
  process.removeListener('SIGINT', last);
  clearTimeout(keepAlive);
});
console.log(vm.runInContext('1 + 1', ctx, { breakOnSigint: true }));
process.kill(process.pid, 'SIGINT');
