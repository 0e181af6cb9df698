'use strict';
// What strip-only mode refuses: ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'enum A { B }',
  'enum E { A = 1, B = "b", C }',
  'const enum E { A }',
  'export enum E { A }',
  'export const enum E { A }',
  'export default enum E { A }',
  'namespace N { export const a = 1 }',
  'namespace N { const a = 1 }',
  'namespace N { function f() {} }',
  'namespace N { ; }',
  'namespace N { declare const x: 1 }',
  'namespace N { namespace M { let x } }',
  'namespace N.M { const a = 1 }',
  'export namespace N { export const a = 1 }',
  'module M { }',
  'declare module M { }',
  'import x = require(\'y\');',
  'export import x = require(\'y\');',
  'import A = B.C;',
  'export = x;',
  'export = { a: 1 };',
  'class A { constructor(public x) {} }',
  'class A { constructor(private readonly k?: number) {} }',
  'class A { constructor(readonly x = 1) {} }',
  'class A { constructor(a, protected b: number, c) {} }',
  'class A { constructor(override x) {} }',
  'let x = <T>y;',
  'let x = <T>(y);',
  'let x = <string[]>y;',
  'let x = 1;\nlet y = <T>z;\nlet w = 2;',
  'enum E { A }\nenum F { B }',
  'namespace N { let a }\nenum F { B }',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
