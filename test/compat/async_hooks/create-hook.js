// createHook: init/before/after/destroy for timers, immediates, ticks, AsyncResources and fs
// requests, with their types and triggers. Events are kept (not printed) while the hook is on:
// printing would make resources of its own. Ids are shown relative to the first resource. The first
// timer is late enough for the first check phase (where destroy hooks are told) to come before it.
const async_hooks = require('node:async_hooks');
const fs = require('node:fs');

const events = [];
let base = 0;
const rel = (id) => (id >= base && base > 0 ? `#${id - base}` : String(id));
const hook = async_hooks.createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    if (base === 0) base = asyncId;
    events.push(`init ${rel(asyncId)} ${type} from ${rel(triggerAsyncId)} ${typeof resource}`);
  },
  before(asyncId) { events.push(`before ${rel(asyncId)}`); },
  after(asyncId) { events.push(`after ${rel(asyncId)}`); },
  destroy(asyncId) { events.push(`destroy ${rel(asyncId)}`); },
});
events.push(`enable returns the hook: ${hook.enable() === hook}`);

setTimeout(function first() {
  process.nextTick(() => {});
  fs.stat(__filename, () => {
    setImmediate(() => {
      const r = new async_hooks.AsyncResource('MyResource');
      r.runInAsyncScope(() => {});
      r.emitDestroy();
      setTimeout(finish, 20);
    });
  });
}, 50);
const cleared = setTimeout(() => {}, 1000);
clearTimeout(cleared);

function finish() {
  hook.disable();
  setImmediate(() => {
    for (const line of events) console.log(line);
    console.log('after disable, nothing is recorded:', events.length === countBefore(), events.length > 0);
  });
}
let recorded = -1;
function countBefore() {
  if (recorded < 0) recorded = events.length;
  return recorded;
}
