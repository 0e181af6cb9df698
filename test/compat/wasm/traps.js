'use strict';
// Traps become WebAssembly.RuntimeError; a JS exception thrown by an import passes through wasm.
const { build, kind, op } = require('./_wasm');

const bytes = build({
  types: [[[], []], [['i32', 'i32'], ['i32']], [[], ['i32']]],
  imports: [['env', 'fail', kind.func, [0]]],
  funcs: [0, 1, 2, 0],
  memories: [[1]],
  exports: [['crash', kind.func, 1], ['div', kind.func, 2], ['oob', kind.func, 3], ['callFail', kind.func, 4]],
  code: [
    [[], [...op.unreachable]],
    [[], [...op.get(0), ...op.get(1), ...op.i32divs]],
    [[], [...op.i32(70000), ...op.i32load]],
    [[], [...op.call(0)]],
  ],
});
const failure = new Error('from JS');
const { exports: ex } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { fail() { throw failure; } },
});
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err instanceof WebAssembly.RuntimeError, err instanceof Error, err === failure);
  }
};
attempt('unreachable', () => ex.crash());
attempt('div ok', () => ex.div(7, 2));
attempt('div by zero', () => ex.div(1, 0));
attempt('overflow', () => ex.div(-(2 ** 31), -1));
attempt('out of bounds', () => ex.oob());
attempt('import throws', () => ex.callFail());
console.log(new WebAssembly.RuntimeError('m').message, new WebAssembly.CompileError('c').name,
            new WebAssembly.LinkError('l') instanceof Error, Object.getPrototypeOf(WebAssembly.RuntimeError) === Error);
