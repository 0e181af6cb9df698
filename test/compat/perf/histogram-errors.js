// Histogram argument errors.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const h = createHistogram();
const tries = {
  lowest0: () => createHistogram({ lowest: 0 }),
  highTooLow: () => createHistogram({ lowest: 5, highest: 6 }),
  figures6: () => createHistogram({ figures: 6 }),
  figures0: () => createHistogram({ figures: 0 }),
  lowestStr: () => createHistogram({ lowest: '1' }),
  opts: () => createHistogram(1),
  record0: () => h.record(0),
  recordStr: () => h.record('1'),
  recordFrac: () => h.record(1.5),
  recordHuge: () => h.record(2 ** 60),
  pct0: () => h.percentile(0),
  pct101: () => h.percentile(101),
  pctStr: () => h.percentile('1'),
  pctNaN: () => h.percentile(NaN),
  pctBig0: () => h.percentileBigInt(0),
  add: () => h.add(1),
  addPlain: () => h.add({}),
  eld0: () => monitorEventLoopDelay({ resolution: 0 }),
  eldStr: () => monitorEventLoopDelay({ resolution: 'x' }),
  eldOpts: () => monitorEventLoopDelay(1),
};
for (const [name, fn] of Object.entries(tries)) {
  try { fn(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
