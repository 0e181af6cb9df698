'use strict';
// WebAssembly's promise API: compile, instantiate from bytes (module and instance) and from a Module.
const { build, kind, op } = require('./_wasm');

const bytes = build({
  types: [[['i32'], ['i32']]],
  funcs: [0],
  exports: [['twice', kind.func, 0]],
  code: [[[], [...op.get(0), ...op.get(0), ...op.i32add]]],
});

async function main() {
  const compiled = WebAssembly.compile(bytes);
  console.log(compiled instanceof Promise);
  const mod = await compiled;
  console.log(mod instanceof WebAssembly.Module);
  const fromBytes = await WebAssembly.instantiate(bytes);
  console.log(Object.keys(fromBytes), fromBytes.module instanceof WebAssembly.Module,
              fromBytes.instance instanceof WebAssembly.Instance, fromBytes.instance.exports.twice(21));
  const fromModule = await WebAssembly.instantiate(mod);
  console.log(fromModule instanceof WebAssembly.Instance, fromModule.exports.twice(-4));
  const fromBuffer = await WebAssembly.instantiate(bytes.buffer);
  console.log(fromBuffer.instance.exports.twice(100));
  for (const bad of [new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0]), new Uint8Array(3)]) {
    await WebAssembly.compile(bad).then(() => console.log('compiled?'), (err) => {
      console.log('rejected', err.name, err instanceof WebAssembly.CompileError, err instanceof Error);
    });
  }
  for (const bad of [undefined, 'bytes', {}, [0, 97, 115, 109]]) {
    await WebAssembly.compile(bad).then(() => console.log('compiled?'), (err) => console.log('rejected', err.name));
  }
  try {
    new WebAssembly.Module(new Uint8Array(4));
  } catch (err) {
    console.log('sync', err.name, err.constructor === WebAssembly.CompileError);
  }
}
main();
