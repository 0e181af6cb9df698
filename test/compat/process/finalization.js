// compat: stderr
// process.finalization: callbacks for objects still alive at 'beforeExit' (registerBeforeExit) and
// 'exit' (register), in registration order relative to the other listeners; unregister removes them;
// each function warns once that it is experimental.
'use strict';
const kept = { name: 'kept' };
const early = { name: 'early' };
const removed = { name: 'removed' };
for (const bad of [1, 'x', null, undefined]) {
  try {
    process.finalization.register(bad, () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.finalization.register(kept, (obj, event) => console.log('finalize', obj.name, event));
process.finalization.registerBeforeExit(early, (obj, event) => console.log('finalize', obj.name, event));
process.finalization.register(removed, (obj, event) => console.log('finalize', obj.name, event));
process.finalization.unregister(removed);
process.finalization.register(kept, function second(obj, event) { console.log('second for', obj.name, event); });
process.on('beforeExit', () => console.log('beforeExit listener'));
process.on('exit', (code) => console.log('exit listener', code));
console.log(Object.keys(process.finalization));
