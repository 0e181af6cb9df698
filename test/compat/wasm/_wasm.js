'use strict';
// A small WebAssembly binary writer for the wasm/ scripts: modules are built from sections of bytes.
const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const sleb = (n) => {
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
};
const str = (s) => { const b = [...Buffer.from(s)]; return [...leb(b.length), ...b]; };
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, content) => [id, ...leb(content.length), ...content];
const T = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, funcref: 0x70, externref: 0x6f };

// spec: { types: [[params, results]], imports: [[module, name, kind, desc]], funcs: [typeIndex],
//         tables, memories: [[min, max?]], globals: [[type, mutable, initBytes]], exports: [[name, kind, index]],
//         start, code: [[locals, bodyBytes]], data: [[offset, bytes]], custom: [[name, bytes]] }
function build(spec) {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const limits = ([min, max]) => (max === undefined ? [0x00, ...leb(min)] : [0x01, ...leb(min), ...leb(max)]);
  if (spec.types) {
    out.push(...section(1, vec(spec.types.map(([p, r]) => [0x60, ...vec(p.map((t) => [T[t]])), ...vec(r.map((t) => [T[t]]))]))));
  }
  if (spec.imports) out.push(...section(2, vec(spec.imports.map(([m, n, kind, desc]) => [...str(m), ...str(n), kind, ...desc]))));
  if (spec.funcs) out.push(...section(3, vec(spec.funcs.map((t) => leb(t)))));
  if (spec.tables) out.push(...section(4, vec(spec.tables.map(([type, ...l]) => [T[type], ...limits(l)]))));
  if (spec.memories) out.push(...section(5, vec(spec.memories.map(limits))));
  if (spec.globals) {
    out.push(...section(6, vec(spec.globals.map(([type, mutable, init]) => [T[type], mutable ? 1 : 0, ...init, 0x0b]))));
  }
  if (spec.exports) out.push(...section(7, vec(spec.exports.map(([n, kind, index]) => [...str(n), kind, ...leb(index)]))));
  if (spec.start !== undefined) out.push(...section(8, leb(spec.start)));
  if (spec.code) {
    out.push(...section(10, vec(spec.code.map(([locals, body]) => {
      const fn = [...vec(locals.map(([count, type]) => [...leb(count), T[type]])), ...body, 0x0b];
      return [...leb(fn.length), ...fn];
    }))));
  }
  if (spec.data) {
    out.push(...section(11, vec(spec.data.map(([offset, bytes]) => [0x00, 0x41, ...sleb(offset), 0x0b, ...vec(bytes.map((b) => [b]))]))));
  }
  for (const [name, bytes] of spec.custom ?? []) out.push(...section(0, [...str(name), ...bytes]));
  return new Uint8Array(out);
}

const kind = { func: 0, table: 1, memory: 2, global: 3 };
const op = {
  get: (i) => [0x20, ...leb(i)], set: (i) => [0x21, ...leb(i)], i32: (n) => [0x41, ...sleb(n)],
  call: (i) => [0x10, ...leb(i)], gget: (i) => [0x23, ...leb(i)], gset: (i) => [0x24, ...leb(i)],
  i32add: [0x6a], i32sub: [0x6b], i32mul: [0x6c], i32divs: [0x6d], i32load: [0x28, 2, 0], i32store: [0x36, 2, 0],
  i64add: [0x7c], f64add: [0xa0], f32mul: [0x94], unreachable: [0x00], drop: [0x1a],
  memsize: [0x3f, 0x00], memgrow: [0x40, 0x00],
};

module.exports = { build, kind, op, leb, sleb };
