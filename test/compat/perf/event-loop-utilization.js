// eventLoopUtilization: zero before the loop starts, then idle + active with a ratio.
const { eventLoopUtilization } = require('perf_hooks');
console.log(performance.eventLoopUtilization(), eventLoopUtilization === performance.eventLoopUtilization);
setTimeout(() => {
  const a = performance.eventLoopUtilization();
  console.log(Object.keys(a), a.idle >= 0, a.active > 0, a.utilization > 0 && a.utilization <= 1);
  setTimeout(() => {
    const b = performance.eventLoopUtilization();
    const d = performance.eventLoopUtilization(b, a);
    const since = performance.eventLoopUtilization(a);
    console.log(b.idle >= a.idle, d.idle >= 0, d.active >= 0, Object.keys(d), Object.keys(since));
    console.log(d.utilization >= 0 && d.utilization <= 1, since.idle >= d.idle - 1);
    console.log(b.idle > 10);
  }, 50);
}, 5);
