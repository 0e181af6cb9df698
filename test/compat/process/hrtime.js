// process.hrtime and hrtime.bigint: shapes and monotonicity (values vary, so only shapes print).
const a = process.hrtime();
const b = process.hrtime(a);
console.log(Array.isArray(a), a.length, Number.isInteger(a[0]), Number.isInteger(a[1]), b[0] >= 0);
const x = process.hrtime.bigint();
const y = process.hrtime.bigint();
console.log(typeof x, y >= x);
console.log(typeof process.uptime(), process.uptime() >= 0);
const m = process.memoryUsage();
console.log(Object.keys(m).join(), typeof process.memoryUsage.rss());
