// pipeline with generator sources, async generator transforms and an async function destination.
const { pipeline, Readable, Writable } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
const log = (...a) => console.log(...a);
async function main() {
  await new Promise((resolve) => {
    pipeline(
      function* () { yield 1; yield 2; yield 3; },
      async function* (source) { for await (const x of source) yield x * 2; },
      async function* (source, { signal }) { log('signal aborted?', signal.aborted); for await (const x of source) yield `<${x}>`; },
      async function (source) { const all = []; for await (const x of source) all.push(x); return all.join(''); },
      (err, value) => { log('callback', err, value); resolve(); },
    );
  });
  const value = await pipelinePromise(
    Readable.from(['a', 'b']),
    async function* (src) { for await (const c of src) yield c + c; },
    async (src) => { let s = ''; for await (const c of src) s += c; return s; },
  );
  log('promise value', value);
  const got = [];
  await pipelinePromise(['p', 'q'], new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  log('iterable source', got);
  try {
    await pipelinePromise(
      Readable.from([1, 2, 3]),
      async function* (src) { for await (const x of src) { if (x === 2) throw new Error('gen error'); yield x; } },
      new Writable({ objectMode: true, write(c, e, cb) { log('wrote', c); cb(); } }),
    );
  } catch (e) { log('rejected', e.message); }
  try {
    await pipelinePromise(Readable.from([1]), async function* (src) { for await (const x of src) yield x; }, 'not a stage');
  } catch (e) { log(e.name, e.code); }
  try {
    await pipelinePromise(Readable.from([1]), (src) => 42, async (src) => {});
  } catch (e) { log(e.name, e.code, e.message); }
}
main();
