// Readable.from with arrays, generators, async generators, promises, strings; null values.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
async function collect(r) { const out = []; for await (const x of r) out.push(x); return out; }
async function main() {
  log(await collect(Readable.from([1, 2, 3])));
  log(await collect(Readable.from(function* () { yield 'a'; yield 'b'; }())));
  log(await collect(Readable.from(async function* () { yield 'x'; await null; yield 'y'; }())));
  log(await collect(Readable.from([Promise.resolve(1), 2, Promise.resolve(3)])));
  log(await collect(Readable.from('whole string')));
  log(await collect(Readable.from(new Set(['s1', 's2']))));
  const r = Readable.from([1]);
  log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  const r2 = Readable.from([1], { objectMode: false, highWaterMark: 4 });
  log('objectMode', r2.readableObjectMode, 'hwm', r2.readableHighWaterMark);
  try { await collect(Readable.from([1, null, 2])); } catch (e) { log(e.name, e.code, e.message); }
  try { Readable.from(42); } catch (e) { log(e.name, e.code, e.message); }
  try { Readable.from(null); } catch (e) { log(e.code, e.message); }
  // Errors thrown by the generator destroy the stream.
  const failing = Readable.from(function* () { yield 1; throw new Error('gen failed'); }());
  failing.on('data', (d) => log('data', d));
  failing.on('error', (e) => log('error', e.message));
  failing.on('close', () => log('close'));
  await new Promise((res) => setTimeout(res, 5));
  // Destroying closes the iterator (finally runs).
  const gen = (function* () { try { yield 1; yield 2; } finally { log('generator finally'); } })();
  const r3 = Readable.from(gen);
  r3.once('data', (d) => { log('first', d); r3.destroy(); });
  r3.on('close', () => log('r3 close'));
}
main();
