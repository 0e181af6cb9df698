const zlib = require('zlib');
const { show } = require('./_util');
const bytes = Buffer.from('typed typed input input');
show('string', () => zlib.deflateSync('typed typed input input'));
show('Buffer', () => zlib.deflateSync(bytes));
show('Uint8Array', () => zlib.deflateSync(new Uint8Array(bytes)));
show('ArrayBuffer', () => zlib.deflateSync(new Uint8Array(bytes).buffer));
show('DataView', () => zlib.deflateSync(new DataView(new Uint8Array(bytes).buffer)));
show('Uint16Array', () => zlib.deflateSync(new Uint16Array([0x6162, 0x6364])));
show('subarray', () => zlib.deflateSync(bytes.subarray(6, 11)));
show('Float64Array', () => zlib.gzipSync(new Float64Array([1.5, 2.5])));
for (const bad of [5, null, undefined, {}, [], true, Symbol('s')]) {
  show(typeof bad, () => zlib.deflateSync(bad));
}
