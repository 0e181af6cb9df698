'use strict';
// Resource timing: performance.markResourceTiming makes PerformanceResourceTiming entries from a
// fetch's timing info; the buffer size; clearResourceTimings; observers; fetch() makes one per
// response whose body was read.
const { PerformanceObserver, PerformanceResourceTiming } = require('perf_hooks');
const http = require('http');
const timingInfo = {
  startTime: 100, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 100,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: 120, finalNetworkResponseStartTime: 150,
  endTime: 200, encodedBodySize: 0, decodedBodySize: 0,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 101, domainLookupEndTime: 102, connectionStartTime: 103, connectionEndTime: 110,
    secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 'http/1.1',
  },
};
const e = performance.markResourceTiming(timingInfo, 'http://x/a', 'fetch', globalThis, '',
                                         { encodedBodySize: 10, decodedBodySize: 20 }, 200, '');
console.log(e);
console.log(performance.getEntriesByType('resource').length, performance.getEntries().length,
            e instanceof PerformanceResourceTiming, JSON.stringify(e) === JSON.stringify(e.toJSON()));
const e2 = performance.markResourceTiming({ ...timingInfo, finalConnectionTimingInfo: null, encodedBodySize: 7 },
                                          'http://x/b', 'other', globalThis, 'local', {}, 404, 'cache');
console.log(e2.toJSON());
console.log(performance.markResourceTiming({ ...timingInfo, encodedBodySize: 7 }, 'c', 'fetch', globalThis, '', {}, 200,
                                           '').transferSize);
try { new PerformanceResourceTiming(); } catch (err) { console.log(err.code, err.message); }
console.log(Object.getOwnPropertyNames(PerformanceResourceTiming.prototype));
try { performance.markResourceTiming(); } catch (err) { console.log(err.name, err.code, err.message.split('\n')[0]); }
try { performance.setResourceTimingBufferSize(); } catch (err) { console.log(err.code, err.message); }
performance.clearResourceTimings('c');
console.log(performance.getEntriesByType('resource').map((x) => x.name));
performance.clearResourceTimings();
console.log(performance.getEntriesByType('resource').length);

const server = http.createServer((req, res) => res.end(req.url === '/big' ? 'x'.repeat(1000) : 'hello'));
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const observed = [];
  const obs = new PerformanceObserver((list) => observed.push(...list.getEntries().map((x) => x.name.replace(base, ''))));
  obs.observe({ type: 'resource' });
  await (await fetch(`${base}/a`)).text();
  await (await fetch(`${base}/big`)).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log('observed', observed);
  for (const entry of performance.getEntriesByType('resource')) {
    const j = entry.toJSON();
    console.log(entry.name.replace(base, ''), j.initiatorType, j.nextHopProtocol, j.responseStatus, JSON.stringify(j.deliveryType),
                j.transferSize, j.encodedBodySize, j.decodedBodySize, j.workerStart, j.redirectStart, j.redirectEnd,
                j.startTime === j.fetchStart, j.fetchStart <= j.requestStart, j.requestStart <= j.responseStart,
                j.responseStart <= j.responseEnd, j.duration === j.responseEnd - j.startTime, j.startTime > 0);
  }
  obs.disconnect();
  server.close();
  // The buffer: entries past its size wait for a 'resourcetimingbufferfull' listener to make room.
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(1);
  performance.addEventListener('resourcetimingbufferfull', () => console.log('full event'));
  performance.onresourcetimingbufferfull = () => console.log('on handler');
  performance.markResourceTiming(timingInfo, 'one', 'fetch', globalThis, '', {}, 200, '');
  performance.markResourceTiming(timingInfo, 'two', 'fetch', globalThis, '', {}, 200, '');
  console.log(performance.getEntriesByType('resource').map((x) => x.name));
  setTimeout(() => console.log(performance.getEntriesByType('resource').map((x) => x.name)), 100);
});
