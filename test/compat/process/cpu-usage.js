// process.cpuUsage and threadCpuUsage: shapes, differences, argument checks; hrtime's; ref/unref.
'use strict';
const start = process.cpuUsage();
const threadStart = process.threadCpuUsage();
let x = 0;
for (let i = 0; i < 2e6; i++) x += i % 7;
const diff = process.cpuUsage(start);
const threadDiff = process.threadCpuUsage(threadStart);
for (const [name, u] of [['cpuUsage', start], ['threadCpuUsage', threadStart], ['diff', diff],
                         ['threadDiff', threadDiff]]) {
  console.log(name, Object.keys(u), Number.isInteger(u.user), u.user >= 0, u.system >= 0);
}
for (const fn of [process.cpuUsage, process.threadCpuUsage]) {
  for (const bad of [1, null, 'x', {}, { user: 1 }, { user: 1, system: '2' }, { user: -1, system: 1 },
                     { user: 1, system: NaN }, { user: Infinity, system: 1 }, { user: 2 ** 53, system: 0 }]) {
    try {
      fn(bad);
      console.log(fn.name, 'accepted', bad);
    } catch (e) {
      console.log(fn.name, e.name, e.code, e.message);
    }
  }
}
for (const bad of [[1], [1, 2, 3], 'x', {}]) {
  try {
    process.hrtime(bad);
  } catch (e) {
    console.log('hrtime', e.name, e.code, e.message);
  }
}
const t = setTimeout(() => {}, 1000);
process.unref(t);
console.log('after process.unref', t.hasRef());
process.ref(t);
console.log('after process.ref', t.hasRef());
process.unref(t);
process.ref({ [Symbol.for('nodejs.ref')]() { console.log('symbol ref called'); }, ref() { console.log('no'); } });
process.unref({ unref() { console.log('method unref called'); } });
process.ref(null);
process.unref(undefined);
process.ref(42);
console.log(x > 0);
