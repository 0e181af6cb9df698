// PerformanceObserver's argument errors.
const { PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
const tries = {
  noCb: () => new PerformanceObserver(),
  badCb: () => new PerformanceObserver(1),
  observe0: () => new PerformanceObserver(() => {}).observe(),
  observeNone: () => new PerformanceObserver(() => {}).observe({}),
  observeNum: () => new PerformanceObserver(() => {}).observe(1),
  badTypes: () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }),
  both: () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }),
  unknownTypes: () => new PerformanceObserver(() => {}).observe({ entryTypes: ['nope'] }),
  unknownType: () => new PerformanceObserver(() => {}).observe({ type: 'nope' }),
  listCtor: () => new PerformanceObserverEntryList(),
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, 'ok', fn()); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
console.log(Object.getOwnPropertyNames(PerformanceObserver.prototype), Object.getOwnPropertyNames(PerformanceObserverEntryList.prototype));
