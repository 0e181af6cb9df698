// PerformanceObserver: entries delivered together from one setImmediate, sorted by start time.
const util = require('util');
const { PerformanceObserver } = require('perf_hooks');
const strip = (s) => s.replace(/(startTime|duration): [\d.]+(e[-+]\d+)?/g, '$1: N');
setImmediate(() => console.log('immediate before'));
const obs = new PerformanceObserver((list, observer, ...rest) => {
  console.log('cb', observer === obs, rest.length, list.getEntries().map((e) => `${e.entryType}:${e.name}`));
  console.log(strip(util.inspect(list)));
  console.log(list.getEntriesByName('a').length, list.getEntriesByType('measure').length,
              list.getEntriesByName('a', 'measure').length);
  console.log(strip(util.inspect(observer)));
  observer.disconnect();
  console.log(strip(util.inspect(observer)));
});
obs.observe({ entryTypes: ['mark', 'measure'] });
console.log(strip(util.inspect(obs)));
performance.mark('a', { startTime: 30 });
performance.measure('m1', { start: 1, end: 2 });
performance.mark('b', { startTime: 10 });
setImmediate(() => console.log('immediate after'));
process.nextTick(() => console.log('tick'));
console.log('sync end');
