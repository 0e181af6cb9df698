// for await over a Readable; break destroys it unless destroyOnReturn is false; errors reject.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  const r = Readable.from([1, 2, 3, 4]);
  for await (const x of r) log('got', x);
  log('done; destroyed', r.destroyed);

  const r2 = Readable.from([1, 2, 3]);
  for await (const x of r2) { log('r2', x); break; }
  await new Promise((res) => setImmediate(res));
  log('after break: destroyed', r2.destroyed);

  const r3 = new Readable({ objectMode: true, read() {} });
  r3.push('a'); r3.push('b'); r3.push('c'); r3.push(null);
  for await (const x of r3.iterator({ destroyOnReturn: false })) { log('r3', x); break; }
  log('r3 destroyed', r3.destroyed, 'next read', r3.read());

  const r4 = new Readable({ objectMode: true, read() {} });
  r4.push('x');
  setTimeout(() => r4.destroy(new Error('failed')), 1);
  try {
    for await (const x of r4) log('r4', x);
  } catch (e) { log('caught', e.message); }

  const r5 = new Readable({ objectMode: true, read() {} });
  setTimeout(() => r5.destroy(), 1);
  try {
    for await (const x of r5) log('r5', x);
    log('r5 loop ended');
  } catch (e) { log('r5 caught', e.code); }

  try { r.iterator(42); } catch (e) { log(e.code, e.message); }
  const it = Readable.from(['q'])[Symbol.asyncIterator]();
  log(typeof it.next, typeof it.return, await it.next(), await it.next());
}
main();
