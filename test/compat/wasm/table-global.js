'use strict';
// WebAssembly.Table and WebAssembly.Global from JS, and a wasm global exported.
const { build, kind, op } = require('./_wasm');

const t = new WebAssembly.Table({ initial: 2, maximum: 4, element: 'anyfunc' });
console.log(t, t.length, t.get(0), t.grow(1), t.length);
const fnBytes = build({
  types: [[[], ['i32']]], funcs: [0], exports: [['seven', kind.func, 0]], code: [[[], [...op.i32(7)]]],
});
const seven = new WebAssembly.Instance(new WebAssembly.Module(fnBytes)).exports.seven;
t.set(1, seven);
console.log(t.get(1) === seven, t.get(1)());
try { t.set(0, () => 1); } catch (err) { console.log(err.name); }
try { t.get(10); } catch (err) { console.log(err.name); }
try { t.grow(10); } catch (err) { console.log(err.name); }
const ext = new WebAssembly.Table({ initial: 1, element: 'externref' }, 'init');
console.log(ext.get(0), ext.length);

const g = new WebAssembly.Global({ value: 'i32', mutable: true }, 41);
console.log(g, g.value, g.valueOf());
g.value = 42.9;
console.log(g.value);
const frozen = new WebAssembly.Global({ value: 'f64' }, 1.5);
try { frozen.value = 2; } catch (err) { console.log(err.name); }
console.log(frozen.value, new WebAssembly.Global({ value: 'i64' }, 5n).value, new WebAssembly.Global({ value: 'f32' }, 0.1).value);
try { new WebAssembly.Global({ value: 'nope' }, 1); } catch (err) { console.log(err.name); }

const gBytes = build({
  types: [[[], ['i32']]],
  funcs: [0],
  globals: [['i32', true, [...op.i32(10)]]],
  exports: [['counter', kind.global, 0], ['bump', kind.func, 0]],
  code: [[[], [...op.gget(0), ...op.i32(1), ...op.i32add, ...op.gset(0), ...op.gget(0)]]],
});
const { exports: ex } = new WebAssembly.Instance(new WebAssembly.Module(gBytes));
console.log(ex.counter instanceof WebAssembly.Global, ex.counter.value, ex.bump(), ex.bump(),
            ex.counter.value);
ex.counter.value = 100;
console.log(ex.bump());
