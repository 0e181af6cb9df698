'use strict';
// WebAssembly: validate, Module (exports, imports, custom sections), Instance and calls with each
// number type's conversions.
const { build, kind, op } = require('./_wasm');

const bytes = build({
  types: [[['i32', 'i32'], ['i32']], [['i64', 'i64'], ['i64']], [['f64', 'f64'], ['f64']], [['f32', 'f32'], ['f32']], [[], []]],
  funcs: [0, 0, 1, 2, 3, 4],
  exports: [['add', kind.func, 0], ['mul', kind.func, 1], ['add64', kind.func, 2], ['addf', kind.func, 3],
            ['mulf32', kind.func, 4], ['nothing', kind.func, 5]],
  code: [
    [[], [...op.get(0), ...op.get(1), ...op.i32add]],
    [[], [...op.get(0), ...op.get(1), ...op.i32mul]],
    [[], [...op.get(0), ...op.get(1), ...op.i64add]],
    [[], [...op.get(0), ...op.get(1), ...op.f64add]],
    [[], [...op.get(0), ...op.get(1), ...op.f32mul]],
    [[], []],
  ],
  custom: [['meta', [1, 2, 3]], ['meta', [4]]],
});

console.log(WebAssembly.validate(bytes), WebAssembly.validate(bytes.slice(0, 10)), WebAssembly.validate(new Uint8Array(0)));
console.log(WebAssembly.validate(bytes.buffer));
const mod = new WebAssembly.Module(bytes);
console.log(mod, mod instanceof WebAssembly.Module, Object.prototype.toString.call(mod));
console.log(WebAssembly.Module.exports(mod));
console.log(WebAssembly.Module.imports(mod));
console.log(WebAssembly.Module.customSections(mod, 'meta').map((b) => [...new Uint8Array(b)]),
            WebAssembly.Module.customSections(mod, 'none'));

const instance = new WebAssembly.Instance(mod, {});
const e = instance.exports;
console.log(instance, Object.isFrozen(e), Object.getPrototypeOf(e), Object.keys(e));
console.log(e.add(2, 3), e.add(2 ** 31 - 1, 1), e.add('4', true), e.add(1.9, -0.5), e.add(undefined, null));
console.log(e.mul(65536, 65536), e.mul(-3, 7));
console.log(e.add64(2n ** 63n - 1n, 1n), e.add64(5n, -7n));
try { e.add64(1, 2); } catch (err) { console.log(err.name); }
console.log(e.addf(0.1, 0.2), e.addf(Infinity, -Infinity), e.mulf32(0.1, 3), e.nothing(), e.nothing.length, e.add.length);
console.log(typeof e.add, e.add.name, e.mul.name, e.add === instance.exports.add);
console.log(WebAssembly[Symbol.toStringTag], Object.prototype.toString.call(WebAssembly));
// (promising, JS promise integration, is not in GraalWasm)
console.log(Object.keys(WebAssembly).filter((k) => k !== 'promising'));
