'use strict';
// Declarations that exist only for the type checker are removed whole.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'type A = string;',
  'type A<T> = { a: T };',
  'type A = {\n  a: 1\n}',
  'type A =\n  | 1\n  | 2;',
  'interface I { a: number }',
  'interface I<T> extends J<T>, K { m(): void }',
  'interface I {\n  x: 1 }\nlet y = 2',
  'declare const x: number;',
  'declare let x: number, y: string;',
  'declare var x;',
  'declare function f(): void;',
  'declare async function f(): Promise<void>;',
  'declare class A { m(): void; x: number }',
  'declare abstract class A { abstract m(): void }',
  'declare enum E { A }',
  'declare const enum E { A }',
  'declare type T = 1;',
  'declare interface I {}',
  'declare module \'x\' { export const a: number }',
  'declare module \'x\';',
  'declare module \'x\' { export = Foo; }',
  'declare module \'x\' { import x = require(\'y\'); export default x }',
  'declare namespace N { const x = 1; enum E {} }',
  'declare namespace A.B.C { }',
  'declare global { interface Window { x: 1 } }',
  'declare\nconst x = 1',
  'namespace N { }',
  'namespace N { export type A = 1 }',
  'namespace N { interface I {} type T = 1 }',
  'namespace N { namespace M {} }',
  'namespace N { export namespace M { export interface I {} } }',
  'namespace A.B { }',
  'export namespace N {}',
  'namespace global {}',
  'global {}',
  'module \'x\' {}',
  'function f(): void;\nfunction f(a) {}',
  'function f(): void',
  'export function f(a: string): void;\nexport function f(a) {}',
  'export default function f(): void;\nexport default function f() {}',
  'async function f(): Promise<void>;',
  'function* f(): Generator;',
  'let type = 1; type = 2;',
  'type\nA = 1',
  'let declare = 1; declare = 2;',
  'let abstract = 1; abstract\nclass A {}',
  'let namespace = 1; namespace;',
  'let interface_ = 1, module = 2, global = 3;',
  'type A = 1;\ntype B = 2;\nlet c = 3;',
  'if (a) type A = 1',
  'if (a) interface I {}',
  'while (a) type A = 1',
  'if (a) declare const x: 1',
  'if (a) {} else type A = 1',
  'do type A = 1; while (a)',
  'if (a) namespace N {}',
  'label: type A = 1',
  '@dec\ntype A = 1',
  '@dec\nlet x: number = 1',
  '@dec\nexport const x: T = 1',
  'export default abstract\nclass A {}',
  '{ import x from "y" }',
  'function f() { export const x = 1 }',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
