'use strict';
// codeGeneration.wasm false: a context refuses to compile wasm bytes (validating them or instantiating
// a module made outside still works); contexts by default compile them. Promises of a context inspect
// with their state.
const vm = require('vm');
const util = require('util');
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3,
                              97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);
const made = new WebAssembly.Module(bytes);
const denied = vm.createContext({ bytes, made }, { codeGeneration: { wasm: false } });
const run = async (code) => {
  try {
    const result = vm.runInContext(code, denied);
    console.log(code, '->', typeof result?.then === 'function' ? util.inspect(await result) : result);
  } catch (err) {
    console.log(code, '->', err.name, err.message, err instanceof vm.runInContext('WebAssembly.CompileError', denied));
  }
};
(async () => {
  await run('new WebAssembly.Module(bytes)');
  await run('WebAssembly.validate(bytes)');
  await run('WebAssembly.compile(bytes)');
  await run('WebAssembly.instantiate(bytes)');
  await run('WebAssembly.instantiate(made).then((i) => i.exports.add(2, 2))');
  const allowed = vm.createContext({ bytes });
  console.log(vm.runInContext('new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.add(1, 2)', allowed));
  const rejected = vm.runInNewContext('Promise.reject(42)');
  rejected.catch(() => {});
  console.log(vm.runInNewContext('Promise.resolve(1)'), vm.runInNewContext('new Promise(() => {})'), rejected);
})();
