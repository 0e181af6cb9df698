// map, filter, forEach, toArray, some, every, find, reduce, flatMap, drop, take.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const src = () => Readable.from([1, 2, 3, 4, 5]);
async function main() {
  log(await src().map((x) => x * 2).toArray());
  log(await src().map(async (x) => x + 1).toArray());
  log(await src().filter((x) => x % 2).toArray());
  log(await src().filter(async (x) => x > 2).toArray());
  const seen = [];
  log(await src().forEach((x) => { seen.push(x); }), seen);
  log(await src().some((x) => x > 4), await src().some((x) => x > 5));
  log(await src().every((x) => x > 0), await src().every((x) => x > 1));
  log(await src().find((x) => x > 2), await src().find((x) => x > 9));
  log(await src().reduce((a, b) => a + b), await src().reduce((a, b) => a + b, 10));
  log(await src().flatMap((x) => [x, x]).toArray());
  log(await src().drop(2).toArray(), await src().take(2).toArray());
  log(await src().drop(1).take(2).map((x) => `v${x}`).toArray());
  log(await src().take(0).toArray(), await src().drop(10).toArray());
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log(e.name, e.code, e.message); }
  log(await Readable.from([]).reduce((a, b) => a + b, 'init'));
  try { await src().map((x) => { if (x === 3) throw new Error('map failed'); return x; }).toArray(); } catch (e) { log('caught', e.message); }
  for (const bad of [() => src().map(1), () => src().filter('x'), () => src().map((x) => x, 1),
                     () => src().map((x) => x, { concurrency: 0 }), () => src().drop(-1),
                     () => src().take(-1), () => src().map((x) => x, { signal: 1 })]) {
    try { bad(); log('no throw'); } catch (e) { log(e.name, e.code, e.message); }
  }
  for (const bad of [() => src().forEach(1), () => src().reduce('x'), () => src().toArray(1), () => src().some(null)]) {
    try { await bad(); log('no throw'); } catch (e) { log(e.name, e.code, e.message); }
  }
  const mapped = src().map((x) => x);
  log(mapped.constructor.name, mapped.readableObjectMode);
  log(Readable.prototype.map.name, Readable.prototype.map.length, Readable.prototype.reduce.length);
  try { new Readable.prototype.map((x) => x); } catch (e) { log(e.code, e.message); }
}
main();
