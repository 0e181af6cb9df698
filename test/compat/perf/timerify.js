// timerify: same behaviour, a 'function' entry per call, and a histogram of durations.
const { PerformanceObserver, createHistogram } = require('perf_hooks');
function add(a, b) { return a + b; }
const fn = performance.timerify(add);
console.log(fn.name, fn.length, fn(1, 2), fn === performance.timerify(add), fn === performance.timerify(fn));
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    console.log('entry', e.name, e.entryType, e.detail, typeof e.duration, e.duration >= 0,
                Object.keys(e.toJSON()));
  }
  obs.disconnect();
});
obs.observe({ type: 'function' });
fn(3, 4);
const h = createHistogram();
const fn2 = performance.timerify(() => 1, { histogram: h });
fn2(); fn2();
console.log('hist count', h.count, h.min >= 1);
class K { constructor(x) { this.x = x; } }
const TK = performance.timerify(K);
console.log(new TK(1).x, TK.name, new TK(2) instanceof K);
const thrower = performance.timerify(function bad() { throw new Error('inside'); });
try { thrower(); } catch (e) { console.log('rethrown', e.message); }
const withThis = performance.timerify(function () { return this.v; });
console.log(withThis.call({ v: 'this kept' }));
const tries = {
  bad: () => performance.timerify(1),
  badHist: () => performance.timerify(() => {}, { histogram: 1 }),
  badOpts: () => performance.timerify(() => {}, 1),
};
for (const [name, fn3] of Object.entries(tries)) {
  try { fn3(); } catch (e) { console.log(name, e.code, e.message); }
}
console.log(performance.getEntriesByType('function').length);
