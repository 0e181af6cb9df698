// perf_hooks' exports, the globals, and their shapes.
const ph = require('perf_hooks');
console.log(Object.keys(ph));
console.log(ph.performance === performance, Object.prototype.toString.call(performance));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(performance)));
console.log(Object.getOwnPropertyNames(performance), performance instanceof EventTarget);
console.log(Object.getOwnPropertyNames(ph.PerformanceEntry.prototype));
console.log(Object.getOwnPropertyNames(ph.PerformanceMark.prototype), Object.getOwnPropertyNames(ph.PerformanceMeasure.prototype));
for (const n of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
                 'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'Performance']) {
  console.log(n, globalThis[n] === ph[n], Object.getOwnPropertyDescriptor(globalThis, n).enumerable);
}
const d = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
console.log(require('node:perf_hooks') === ph, require('module').isBuiltin('perf_hooks'));
console.log(ph.PerformanceObserver.supportedEntryTypes);
