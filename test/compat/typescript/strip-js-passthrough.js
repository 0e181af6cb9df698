'use strict';
// JavaScript without types comes back unchanged, including the tricky bits.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  '',
  'let x = 1;',
  '// just a comment',
  '/* block */ x = 1;',
  '#!/usr/bin/env node\nlet x = 1;',
  'a / b / c;',
  'x = /re/g.test(s);',
  'x = a\n/re/g;',
  'x = (a) / 2;',
  'x = [a] / 2;',
  'if (a) /re/.test(b);',
  'x = y /= 2;',
  'x = `a${b}c${`d${e}f`}g`;',
  'x = `${{ a: 1 }.a}`;',
  'x = tag`a${b}c`;',
  'x = \'it\\\'s\'; y = "\\"q\\"";',
  'x = "a\\\nb";',
  'x = a ? b : c;',
  'x = a?.b?.(c)?.[d];',
  'x = a ?? b;',
  'x ||= 1; y &&= 2; z ??= 3;',
  'x = a ** b ** c;',
  'label: for (;;) { break label; continue label; }',
  'x = { get a() { return 1 }, set a(v) {}, async *g() {}, [k]: 1, ...rest };',
  'class A { #x = 1; static #y; get #z() { return 1 } static { A.#y = 2 } m() { return #x in this } }',
  'async function f() { for await (const x of y) { await x } }',
  'function* g() { yield* x; yield; }',
  'x = async () => await 1;',
  'x = async => async;',
  'x = async (async) => async;',
  'let async = 1; async',
  'x = a => b => c;',
  'x = () => ({});',
  'x = ({ a = 1 }) => a;',
  '({ a = 1 } = b);',
  '[a, b] = [b, a];',
  'let { a, ...b } = c;',
  'x = 0x1F + 0o17 + 0b11 + 1_000_000 + 1e10 + .5 + 5. + 10n;',
  'x = a\n++b',
  'x = a\n(b)',
  'using x = y;',
  '{ await using x = y; }',
  'x = import.meta.url;',
  'import("./x").then((m) => m);',
  'x = new.target;',
  'function f() { return new.target }',
  'x = a < b;\ny = c > d;',
  'x = a <= b >= c;',
  '<!-- html comment\nx = 1;',
  'x = 1;\n--> html close comment',
  'let x = 1; let x = 2;',
  'delete x.y; void 0; typeof z;',
  'x = a\n?.b',
  'if (a) b; else c;',
  'do x++; while (x < 10) y();',
  'switch (a) { case 1: break; default: }',
  'try { a() } catch { b() } finally { c() }',
  'debugger;',
  'with_ = 1;',
  'var yield = 1;',
  'var await = 1;',
  'await x;',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
