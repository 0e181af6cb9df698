'use strict';
// fs.openAsBlob: a Blob over the file, read only when the Blob is read; slices stay file-backed; a
// file changed (same size or not) or removed since makes reads fail with NotReadableError; a file that
// cannot be opened throws at once (not through the promise); argument errors; streams in 64 KiB chunks.
const fs = require('fs');
const { p } = require('./_tmp');

const file = p('blob.txt');
fs.writeFileSync(file, 'hello world');
const big = p('big.bin');
fs.writeFileSync(big, Buffer.alloc(300000, 1));

(async () => {
  const b = await fs.openAsBlob(file);
  console.log(b, b.size, b.type, b instanceof Blob, Object.prototype.toString.call(b));
  console.log(await b.text());
  const s = b.slice(6, 11, 'text/x');
  console.log(s, await s.text(), await s.bytes(), new Uint8Array(await s.arrayBuffer()));
  fs.writeFileSync(file, 'HELLO WORLD');
  fs.utimesSync(file, new Date(1000), new Date(1000));
  try { console.log(await b.text()); } catch (e) { console.log('after same-size change:', e.name, e.message, e.code); }
  fs.writeFileSync(file, 'changed size!');
  try { console.log(await b.text()); } catch (e) { console.log('after change:', e.name, e.message, e.code); }
  try { console.log(await s.arrayBuffer()); } catch (e) { console.log('slice after change:', e.name, e.message); }
  try {
    for await (const chunk of b.stream()) console.log('chunk', chunk.length);
  } catch (e) {
    console.log('stream after change:', e.name, e instanceof DOMException);
  }
  const b2 = await fs.openAsBlob(file, { type: 'Text/Plain' });
  console.log(b2.type, b2.size);
  fs.unlinkSync(file);
  try { console.log(await b2.text()); } catch (e) { console.log('after unlink:', e.name, e.message); }

  try {
    fs.openAsBlob(p('missing'));
    console.log('no throw');
  } catch (e) {
    console.log('missing:', e.name, e.code, e.message, Object.keys(e), e.stack.split('\n')[0]);
  }
  for (const [label, args] of [['number path', [5]], ['bad options', [big, 5]], ['bad type', [big, { type: 5 }]],
    ['null options', [big, null]], ['no args', []]]) {
    try {
      const r = fs.openAsBlob(...args);
      console.log(label, 'returned', r instanceof Promise);
    } catch (e) {
      console.log(label, e.code, e.message);
    }
  }
  const dir = p('sub');
  fs.mkdirSync(dir);
  const d = await fs.openAsBlob(dir);
  console.log('dir size is its stat size:', d.size === fs.statSync(dir).size);
  try { await d.text(); } catch (e) { console.log('dir read:', e.name); }
  console.log(fs.openAsBlob.length, fs.openAsBlob.name, fs.openAsBlob(big) instanceof Promise);

  const bigBlob = await fs.openAsBlob(big);
  const sizes = [];
  for await (const chunk of bigBlob.stream()) sizes.push(chunk.length);
  console.log(sizes);
  const mixed = new Blob([bigBlob.slice(10, 100010), 'xyz', bigBlob.slice(0, 5)]);
  const mixedSizes = [];
  for await (const chunk of mixed.stream()) mixedSizes.push(chunk.length);
  console.log(mixedSizes, new Blob([bigBlob, 'a']).size, (await mixed.bytes()).length);
  const file3 = new File([bigBlob.slice(0, 3)], 'f.bin', { lastModified: 5 });
  console.log(file3.name, file3.size, await file3.bytes());

  const b3 = await fs.openAsBlob(new URL(`file://${big}`));
  console.log(b3.size, (await b3.slice(-2).bytes()));
  const b4 = await fs.openAsBlob(Buffer.from(big));
  console.log(b4.size);
  fs.writeFileSync(p('empty'), '');
  const empty = await fs.openAsBlob(p('empty'));
  console.log(empty.size, JSON.stringify(await empty.text()));
})();
