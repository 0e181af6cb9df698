// navigator.locks is the process's Web Locks manager, the same object as worker_threads.locks.
const { locks } = require('worker_threads');
console.log(navigator.locks === locks, Object.prototype.toString.call(navigator.locks));
console.log(Object.keys(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(navigator))));
const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'locks');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
navigator.locks.request('n4j', async (lock) => {
  console.log('held', lock.name, lock.mode);
  const state = await navigator.locks.query();
  console.log(state.held.map((l) => l.name));
}).then(() => console.log('released'));
