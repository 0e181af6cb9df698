'use strict';
// Blob.prototype.stream(): a byte stream with one chunk per part, empty parts skipped.
const { Blob, resolveObjectURL } = require('buffer');

async function chunks(blob) {
  const out = [];
  for await (const c of blob.stream()) out.push(`${c.constructor.name}(${c.byteLength}):${Buffer.from(c.subarray(0, 8)).toString('latin1')}`);
  return out.join(' ');
}

(async () => {
  console.log('parts', await chunks(new Blob(['ab', 'cde', new Uint8Array([0x66, 0x67]), '', 'h'])));
  console.log('buffers', await chunks(new Blob([Buffer.from('xy'), new ArrayBuffer(3), new Uint16Array([0x6a6b]), new DataView(new ArrayBuffer(1))])));
  console.log('nested', await chunks(new Blob([new Blob(['x', 'y']), 'z', new Blob([]), new Blob([new Blob(['w'])])])));
  console.log('empty', await chunks(new Blob([])), '|', await chunks(new Blob(['', ''])));
  console.log('slice', await chunks(new Blob(['abc', 'def', 'ghi']).slice(2, 7)));
  console.log('slice within', await chunks(new Blob(['abcdef', 'gh']).slice(1, 3)));
  console.log('slice exact', await chunks(new Blob(['abc', 'def', 'ghi']).slice(3, 6)));
  console.log('slice empty', await chunks(new Blob(['abc', 'def']).slice(3, 3)));
  console.log('slice negative', await chunks(new Blob(['abc', 'def', 'ghi']).slice(-5, -1)));
  console.log('slice of slice', await chunks(new Blob(['abc', 'def', 'ghi']).slice(1, 8).slice(1, 6)));
  console.log('blob of slice', await chunks(new Blob([new Blob(['abc', 'def']).slice(2), 'Z'])));
  console.log('big', await chunks(new Blob([new Uint8Array(200000).fill(65), 'x', new Uint8Array(131072)])));
  console.log('native endings', await chunks(new Blob(['a\r\nb', 'c\r\n'], { endings: 'native' })));
  console.log('resolved', await chunks(resolveObjectURL(URL.createObjectURL(new Blob(['p', 'q'])))));

  // Chunks are copies: changing one changes neither the blob nor the next stream.
  const b = new Blob(['abc']);
  for await (const c of b.stream()) c.fill(0);
  console.log('after fill', await b.text(), await chunks(b));

  const s = new Blob(['ab', 'cd']).stream();
  console.log(s.constructor.name, s.locked);
  const r = s.getReader();
  console.log(await r.read());
  r.releaseLock();
  for await (const c of s) console.log('rest', c);

  const byob = new Blob(['ab', 'cd']).stream().getReader({ mode: 'byob' });
  for (const n of [1, 10, 10, 10]) {
    const { done, value } = await byob.read(new Uint8Array(n));
    console.log('byob', n, done, value.byteLength, Buffer.from(value).toString());
  }
  const c = new Blob(['ab', 'cd']).stream();
  await c.cancel('why');
  console.log('cancelled', await c.getReader().read());
})();
