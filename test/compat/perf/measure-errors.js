// measure's errors: unknown marks are SyntaxError DOMExceptions; contradictory options.
const tries = {
  missingStart: () => performance.measure('m', 'nope'),
  missingEnd: () => performance.measure('m', undefined, 'nope'),
  noName: () => performance.measure(),
  allThree: () => performance.measure('m', { start: 1, end: 2, duration: 1 }),
  detailOnly: () => performance.measure('m', { detail: 1 }).startTime,
  withEndMark: () => performance.measure('m', { start: 1 }, 'x'),
  negStart: () => performance.measure('m', { start: -5 }),
  negEnd: () => performance.measure('m', { start: 1, end: -1 }),
  thisMeasure: () => Performance.prototype.measure.call({}, 'x'),
  ctor: () => new (require('perf_hooks').PerformanceMeasure)(),
  entryCtor: () => new (require('perf_hooks').PerformanceEntry)(),
  resourceCtor: () => new (require('perf_hooks').PerformanceResourceTiming)(),
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, 'ok', fn()); } catch (e) {
    console.log(name, e.name, e.code, e.message, e instanceof DOMException);
  }
}
