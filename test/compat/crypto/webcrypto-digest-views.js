// digest reads exactly the bytes of the view given (offsets, lengths, shared buffers) and copies them first.
const { hex } = require('./_util');
const { subtle } = globalThis.crypto;
(async () => {
  const buf = new Uint8Array([0, 0, 0x61, 0x62, 0x63, 0, 0]);
  console.log(hex(await subtle.digest('SHA-256', buf.subarray(2, 5))));
  console.log(hex(await subtle.digest('SHA-256', new DataView(buf.buffer, 2, 3))));
  console.log(hex(await subtle.digest('SHA-256', new Uint16Array(buf.buffer.slice(0, 6), 2, 1))));
  console.log(hex(await subtle.digest('SHA-1', new Float64Array([1.5]))));
  const changing = new Uint8Array([1, 2, 3]);
  const p = subtle.digest('SHA-256', changing);
  changing.fill(9);
  console.log(hex(await p) === hex(await subtle.digest('SHA-256', new Uint8Array([1, 2, 3]))));
  const sab = new SharedArrayBuffer(3);
  new Uint8Array(sab).set([0x61, 0x62, 0x63]);
  try { await subtle.digest('SHA-256', sab); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await subtle.digest('SHA-256', new Uint8Array(sab)); } catch (e) { console.log(e.name, e.code, e.message); }
})();
