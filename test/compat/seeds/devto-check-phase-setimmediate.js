// Seed: 001_6131f5489183c113.txt (dev.to), "5. Check: Executes setImmediate() callbacks. These are
// guaranteed to run after I/O tasks and before the next loop iteration."
//   setImmediate(() => { console.log("SetImmediate callback runs in Check phase"); });
'use strict';
setImmediate(() => {
  console.log("SetImmediate callback runs in Check phase");
  setImmediate(() => console.log('an immediate queued from the check phase runs on the next iteration'));
  process.nextTick(() => console.log('nextTick queued in the check phase runs right after that callback'));
});
setImmediate(() => console.log('second immediate, same check phase'));
console.log('synchronous code first');
