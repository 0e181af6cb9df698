// observe({ type, buffered }) gets the entries already in the timeline; takeRecords empties the buffer.
const { PerformanceObserver } = require('perf_hooks');
performance.mark('early1', { startTime: 1 });
performance.mark('early2', { startTime: 2 });
performance.measure('early measure', { start: 1, end: 2 });
const o1 = new PerformanceObserver((list) => console.log('o1', list.getEntries().map((e) => e.name)));
o1.observe({ type: 'mark', buffered: true });
const o2 = new PerformanceObserver((list) => console.log('o2', list.getEntries().map((e) => e.name)));
o2.observe({ type: 'mark' });
performance.mark('later', { startTime: 3 });
console.log('takeRecords', o2.takeRecords().map((e) => e.name), o2.takeRecords());
performance.mark('last', { startTime: 4 });
const o3 = new PerformanceObserver(() => console.log('o3 never'));
o3.observe({ type: 'measure' });
o3.disconnect();
performance.measure('ignored', { start: 1, end: 2 });
const o4 = new PerformanceObserver((list) => console.log('o4', list.getEntries().map((e) => e.name)));
o4.observe({ type: 'mark' });
o4.observe({ type: 'measure' });
performance.mark('m4', { startTime: 5 });
performance.measure('me4', { start: 1, end: 2 });
const o5 = new PerformanceObserver(() => console.log('o5 never'));
o5.observe({ type: 'nope' });
try { o5.observe({ entryTypes: ['nope'] }); } catch (e) { console.log(e.name, e.code, e.message); }
performance.mark('x');
