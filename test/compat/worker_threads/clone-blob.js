// Blob and File are cloneable (structuredClone, postMessage): same type, bytes, File name and
// lastModified; repeated references stay one object; they cannot be transferred.
const { Blob, File } = require('buffer');
const { Worker } = require('worker_threads');

(async () => {
  const b = new Blob(['hello', ' ', new Uint8Array([119, 111])], { type: 'Text/Plain' });
  const c = structuredClone(b);
  console.log(c instanceof Blob, c === b, c.size, c.type, await c.text());
  const f = new File(['abc'], 'f.txt', { type: 'x/y', lastModified: 42 });
  const g = structuredClone(f);
  console.log(g instanceof File, g instanceof Blob, g.name, g.lastModified, g.type, await g.text());
  const o = structuredClone({ b, again: b, list: [f, f] });
  console.log(o.b === o.again, o.list[0] === o.list[1], await o.b.text(), o.list[0].name);
  console.log(await structuredClone(b.slice(1, 4)).text(), structuredClone(new Blob([])).size);
  try { structuredClone(b, { transfer: [b] }); } catch (e) { console.log('transfer', e.name, e.message); }

  const w = new Worker(`require('worker_threads').parentPort.once('message', async (m) => {
    console.log('worker', m.blob.constructor.name, m.blob.size, m.blob.type, JSON.stringify(await m.blob.text()));
    console.log('worker file', m.file.constructor.name, m.file.name, m.file.lastModified);
  });`, { eval: true });
  w.postMessage({ blob: b, file: f });
  try { w.postMessage(b, [b]); } catch (e) { console.log('postMessage transfer', e.name, e.message); }
})();
