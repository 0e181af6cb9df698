const { GCProfiler } = require('v8');
const p = new GCProfiler();
console.log(Object.getOwnPropertyNames(GCProfiler.prototype), p.stop());
console.log(p.start(), p.start());
const r = p.stop();
console.log(Object.keys(r), r.version, typeof r.startTime, typeof r.endTime, r.endTime >= r.startTime, Array.isArray(r.statistics));
console.log(p.stop());
