'use strict';
// Removed syntax never joins lines or moves code: Node inserts `;` or moves `)`.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'const f = (a)\n: number => a;',
  'const f = (a):\n number => a;',
  'const f = (a): {\n  x: number } => a;',
  'const f = (a)\n  : {\n  x: number } => a;',
  'const f = async (a)\n: Promise<void> => a;',
  'const f = <T>(a: T)\n: T => a;',
  'const f = (a\n): number => a;',
  'const f = () /* c */\n: number => 1;',
  'const f = ()\n: number /* c */ => 1;',
  'function f(a)\n: number { return a }',
  'let x = a\ntype A = 1\n(b)',
  'let x = a\ntype A = 1;\n(b)',
  'let x = a;\ntype A = 1\n(b)',
  'let x = a\ntype A = 1\n[b]',
  'let x = a\ntype A = 1\n`b`',
  'let x = a\ntype A = 1\n+b',
  'let x = a\ntype A = 1\n-b',
  'let x = a\ntype A = 1\n/b/g',
  'let x = a\ntype A = 1\nb',
  'let x = a\ntype A = 1; (b)',
  'let x = a\ninterface I {}\n(b)',
  'let x = a\ninterface I {} (b)',
  'let x = a\ndeclare let y: number\n(b)',
  'let x = a\nimport type A from \'a\'\n(b)',
  'let x = a\nfunction f(): void\n(b)',
  'let x = a\nnamespace N {}\n(b)',
  'let x = a\nexport type { A }\n(b)',
  '{}\ntype A = 1\n(b)',
  '{ type A = 1\n(b) }',
  'x: type A = 1\n(b)',
  'type A = 1\n(b)',
  '/* c */type A = 1\n(b)',
  'a\ntype A = 1\ntype B = 2\n(b)',
  'a\ntype A = 1; type B = 1\n(b)',
  'a;\ntype A = 1\ntype B = 2\n(b)',
  'a\ntype A = 1 /*\n*/ (b)',
  'type A = 1\n;',
  'let x = a as any\n(b)',
  'let x = a as any\n[1]',
  'let x = a as any\n`x`',
  'let x = a as any\n+1',
  'let x = a satisfies any\n(b)',
  'let x = a as const\n(b)',
  'let x = a!\n(b)',
  'class A { x = 1\n  private ["y"]() {} }',
  'class A { x = 1\n  private *y() {} }',
  'class A { x = 1\n  private async *y() {} }',
  'class A { x = 1\n  private get ["y"]() {} }',
  'class A { x = 1\n  private in = 1 }',
  'class A { x = 1\n  public y() {} }',
  'class A { x = 1\n  public static ["y"]() {} }',
  'class A { x = 1\n  private readonly ["y"] = 1 }',
  'class A { x = 1;\n  private ["y"] = 1 }',
  'class A {\n  private ["y"] = 1 }',
  'class A { x = 1\n  private\n  ["y"]() {} }',
  'class A { x = 1\n  declare y\n  *y() {} }',
  'class A { x = 1\n  m(): void\n  *y() {} }',
  'let a = b as\n  string;',
  'type A = 1;\r\ntype B = 2;\r\nlet c: number = 3;\r\n',
  'let x: {\r\n  a: 1\r\n} = y;',
  'let x = 1;\u2028type A = 2;\u2029let y: B = 3;',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
