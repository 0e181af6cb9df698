'use strict';
// Imports: JS functions called from wasm (with argument conversions), an imported memory and
// global, a start function, and the LinkError/TypeError for missing or wrong imports.
const { build, kind, op } = require('./_wasm');

const bytes = build({
  types: [[['i32'], []], [[], ['i32']], [[], []]],
  imports: [
    ['env', 'log', kind.func, [0]],
    ['env', 'mem', kind.memory, [0x00, 1]],
    ['env', 'base', kind.global, [0x7f, 0x00]],
  ],
  funcs: [1, 2],
  exports: [['run', kind.func, 1], ['init', kind.func, 2]],
  start: 2,
  code: [
    // run: log(base + mem[0]); return mem[0] * 2
    [[], [...op.gget(0), ...op.i32(0), ...op.i32load, ...op.i32add, ...op.call(0),
          ...op.i32(0), ...op.i32load, ...op.i32(2), ...op.i32mul]],
    // init (start): log(-1); mem[0] = 21
    [[], [...op.i32(-1), ...op.call(0), ...op.i32(0), ...op.i32(21), ...op.i32store]],
  ],
});

const mem = new WebAssembly.Memory({ initial: 1 });
const base = new WebAssembly.Global({ value: 'i32', mutable: false }, 100);
const calls = [];
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { log(v) { calls.push(v); return 'ignored'; }, mem, base },
});
console.log('after start', calls, new Int32Array(mem.buffer)[0]);
console.log(instance.exports.run(), calls);
new Int32Array(mem.buffer)[0] = 5;
console.log(instance.exports.run(), calls);

// a number for a global import is taken as its value
const second = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { log: (v) => console.log('log', v), mem: new WebAssembly.Memory({ initial: 2 }), base: 7 },
});
second.exports.run();

const mod = new WebAssembly.Module(bytes);
const attempts = {
  'no imports': undefined,
  'no env': {},
  'log not a function': { env: { log: 1, mem, base } },
  'mem not a memory': { env: { log() {}, mem: {}, base } },
  'imports a number': 5,
};
for (const [label, imports] of Object.entries(attempts)) {
  try {
    new WebAssembly.Instance(mod, imports);
    console.log(label, 'instantiated');
  } catch (err) {
    console.log(label, err.name, err instanceof WebAssembly.LinkError);
  }
}
