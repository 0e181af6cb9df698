// subtle.digest: known answers for each SHA, every BufferSource, and its argument errors.
const { hex, ascii } = require('./_util');
const { subtle } = globalThis.crypto;

async function main() {
  const abc = ascii('abc');
  for (const name of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'Sha-512' }]) {
    const out = await subtle.digest(name, abc);
    console.log(JSON.stringify(name), out instanceof ArrayBuffer, out.byteLength, hex(out));
  }
  console.log(hex(await subtle.digest('SHA-256', new Uint8Array(0))));
  console.log(hex(await subtle.digest('SHA-256', abc.buffer)));
  console.log(hex(await subtle.digest('SHA-256', new DataView(abc.buffer))));
  console.log(hex(await subtle.digest('SHA-256', Buffer.from('abc'))));
  console.log(hex(await subtle.digest('SHA-256', new Uint16Array([0x6261, 0x63]).subarray(0, 1))));
  const long = new Uint8Array(1000000).fill(0x61);
  console.log(hex(await subtle.digest('SHA-1', long)));
  const bad = [
    () => subtle.digest('SHA-7', abc),
    () => subtle.digest('MD5', abc),
    () => subtle.digest({}, abc),
    () => subtle.digest('SHA-256', 'abc'),
    () => subtle.digest('SHA-256', [1, 2]),
    () => subtle.digest('SHA-256'),
    () => subtle.digest(),
    () => subtle.digest.call({}, 'SHA-256', abc),
  ];
  for (const f of bad) {
    try { await f(); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const p = subtle.digest('nope', abc);
  console.log(p instanceof Promise);
  p.catch((e) => console.log('rejected later', e.name));
}
main();
