'use strict';
// WebAssembly.Memory: pages, grow (the old buffer detaches), memory.size/grow from wasm, data
// segments, limits.
const { build, kind, op } = require('./_wasm');

const mem = new WebAssembly.Memory({ initial: 1, maximum: 3 });
console.log(mem, mem.buffer instanceof ArrayBuffer, mem.buffer.byteLength, mem.buffer === mem.buffer);
const old = mem.buffer;
console.log(mem.grow(1), mem.buffer.byteLength, old.byteLength, old === mem.buffer);
console.log(mem.grow(0), mem.buffer.byteLength);
try { mem.grow(5); } catch (err) { console.log(err.name); }
for (const bad of [{}, { initial: -1 }, { initial: 2, maximum: 1 }, { initial: 70000 }]) {
  try { new WebAssembly.Memory(bad); console.log('made'); } catch (err) { console.log(err.name); }
}
try { WebAssembly.Memory({ initial: 1 }); } catch (err) { console.log(err.name); }

const bytes = build({
  types: [[[], ['i32']], [['i32'], ['i32']]],
  funcs: [0, 1],
  memories: [[1, 4]],
  exports: [['memory', kind.memory, 0], ['size', kind.func, 0], ['grow', kind.func, 1]],
  code: [[[], [...op.memsize]], [[], [...op.get(0), ...op.memgrow]]],
  data: [[16, [...Buffer.from('hello wasm')]]],
});
const { exports: ex } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
console.log(ex.memory instanceof WebAssembly.Memory, ex.size());
console.log(new TextDecoder().decode(new Uint8Array(ex.memory.buffer, 16, 10)));
const before = ex.memory.buffer;
console.log(ex.grow(2), ex.size(), ex.memory.buffer.byteLength, before.byteLength);
console.log(ex.grow(5), ex.size());
