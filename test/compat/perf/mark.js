// performance.mark and PerformanceMark.
const util = require('util');
const { PerformanceMark } = require('perf_hooks');
const m = performance.mark('a', { detail: { x: 1 } });
console.log(m instanceof PerformanceMark, m.name, m.entryType, m.duration, m.detail, typeof m.startTime);
console.log(util.inspect(m).replace(/startTime: [\d.]+/, 'startTime: N'));
const fixed = performance.mark('fixed', { startTime: 12.5 });
console.log(fixed.startTime, fixed.detail, JSON.stringify(fixed));
console.log(util.inspect(new PerformanceMark('ctor', { startTime: 5, detail: 'd' })));
console.log(performance.getEntriesByName('ctor').length);
const detail = { deep: [1] };
const copy = performance.mark('copy', { detail });
console.log(copy.detail === detail, copy.detail);
console.log(performance.mark(5).name, performance.mark(null, undefined).name);
console.log(Object.keys(m.toJSON()), Object.getOwnPropertyNames(m));
const tries = {
  noName: () => performance.mark(),
  badOpts: () => performance.mark('a', 1),
  badStart: () => performance.mark('a', { startTime: 'x' }),
  negStart: () => performance.mark('a', { startTime: -1 }),
  ctor0: () => new PerformanceMark(),
  thisMark: () => Performance.prototype.mark.call({}, 'x'),
};
for (const [name, fn] of Object.entries(tries)) {
  try { fn(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
