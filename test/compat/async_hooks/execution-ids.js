// executionAsyncId/triggerAsyncId/executionAsyncResource in each kind of callback. Ids are printed
// relative to the first one this script makes (Node gives some to its own stdio), and only at the
// end, so printing makes none in between; sorted, as a 1 ms timer and an immediate race.
const { executionAsyncId, triggerAsyncId, executionAsyncResource, AsyncResource } = require('node:async_hooks');
const fs = require('node:fs');

const lines = [];
const base = new AsyncResource('Base').asyncId();
const rel = (id) => (id > base ? `base+${id - base}` : String(id));
const note = (what) => lines.push(`${what}: ${rel(executionAsyncId())} triggered by ${rel(triggerAsyncId())}`);

note('main');
lines.push(`main resource: ${typeof executionAsyncResource()} ${executionAsyncResource() === executionAsyncResource()}`);
const timer = setTimeout(() => {
  note('timeout');
  lines.push(`resource is the Timeout: ${executionAsyncResource() === timer}`);
  process.nextTick(() => note('tick from timeout'));
  setImmediate(() => {
    note('immediate from timeout');
    fs.stat(__filename, () => {
      note('fs.stat from immediate');
      report();
    });
  });
}, 1);
const immediate = setImmediate(() => {
  note('immediate');
  lines.push(`resource is the Immediate: ${executionAsyncResource() === immediate}`);
});
process.nextTick(() => {
  note('tick');
  process.nextTick(() => note('tick from tick'));
});
queueMicrotask(() => note('microtask'));
Promise.resolve().then(() => note('promise job'));
const interval = setInterval(() => {
  note('interval');
  if (++interval.count === 2) clearInterval(interval);
}, 1);
interval.count = 0;

function report() {
  setTimeout(() => {
    for (const line of lines.sort()) console.log(line);
  }, 5);
}
