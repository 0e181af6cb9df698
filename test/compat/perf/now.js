// performance.now and timeOrigin: monotonic, relative to the process start.
const a = performance.now();
const b = performance.now();
console.log(typeof a, a > 0, b >= a);
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1.6e12, performance.timeOrigin < Date.now());
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const json = performance.toJSON();
console.log(Object.keys(json), typeof json.timeOrigin, Object.keys(json.eventLoopUtilization));
try { Performance.prototype.now.call({}); } catch (e) { console.log(e.code, e.message); }
try { new Performance(); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => { const c = performance.now(); console.log(c - b >= 9); }, 10);
