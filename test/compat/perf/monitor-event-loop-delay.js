// monitorEventLoopDelay: an interval histogram that records while enabled, without holding the loop.
const util = require('util');
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 5 });
console.log(util.inspect(h));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(h)));
console.log(h.enable(), h.enable());
setTimeout(() => {
  console.log(h.disable(), h.disable());
  const count = h.count;
  console.log(count > 0, h.min >= 1e6, h.max >= h.min, h.mean > 0, h.percentile(50) > 0);
  h.reset();
  console.log(h.count);
  setTimeout(() => console.log('disabled stays empty', h.count), 20);
}, 60);
const idle = monitorEventLoopDelay();
idle.enable();
process.on('exit', () => console.log('exit without waiting for the monitor'));
