'use strict';
// Class syntax of TypeScript: modifiers, fields, overloads, abstract, index signatures.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'class A { x: number; y?: string; z!: boolean; w }',
  'class A { x: number = 1; static y: string = "s" }',
  'class A { private x = 1; public y = 2; protected z = 3 }',
  'class A { readonly x = 1; private readonly y: number }',
  'class A { declare x: number; }',
  'class A { declare readonly y: string }',
  'class A { m?() {} }',
  'class A { m(): void; m(a?) {} }',
  'class A { m(a: string): void;\n  m(a: number): void;\n  m(a) {} }',
  'class A { constructor(); constructor(a?) {} }',
  'class A { [k: string]: any; }',
  'class A { static [k: string]: number }',
  'class A { readonly [k: string]: number }',
  'abstract class A { abstract m(): void; n() {} }',
  'abstract class A { abstract x: number; abstract get y(): number; }',
  'abstract class A { protected abstract m(): void }',
  'export abstract class A {}',
  'export default abstract class A {}',
  'class A extends B { override m() {} }',
  'class A extends B { public override readonly x = 1 }',
  'class A { public static async *m(): AsyncGenerator<number> {} }',
  'class A { private get x(): number { return 1 } private set x(v: number) {} }',
  'class A { accessor x: number = 1 }',
  'class A { static accessor x = 1 }',
  'class A { private accessor x = 1 }',
  'class A { #x: number = 1; #m(): void {} }',
  'class A { static { let x: number = 1 } }',
  'class A { constructor(a: number, b?: string) {} }',
  'class A<T> { m(this: A<T>): T { return null! } }',
  'class A implements I {}',
  'class A implements I, J<K> {}',
  'class A extends B<C> implements D {}',
  'const A = class<T> extends B<T> implements I {};',
  'class A { public }',
  'class A { private\n  x }',
  'class A { readonly = 1; declare = 2; abstract = 3 }',
  'class A { static\n  x = 1 }',
  'class A { "quoted": number; 1: string; [key]: boolean }',
  'class A { @dec x: number; @dec m(@p a: string) {} }',
  '@dec class A {}',
  '@dec() export class A {}',
  'export @dec class A {}',
  'class A { override m() {} }',
  'class A { abstract m(): void }',
  'class A { private #x = 1 }',
  'class A { constructor() {} constructor() {} }',
  'declare class A { m(): void; x: number; constructor(private a: number) }',
  'class A { get: number; set: string; static: boolean }',
  'class A { get!: number\n  x = 1 }',
  'class A { get?: number = 1 }',
  'class A { declare accessor x: number }',
  'abstract class A { abstract accessor x: number }',
  'class A extends B { readonly override x = 1 }',
  'class A { static declare x: number }',
  'class A { m!() {} }',
  'class A { async constructor() {} }',
  'class A { constructor<T>() {} }',
  'class A { constructor(): void {} }',
  'abstract class A { abstract\n  x: number }',
  'class A { declare\n  x }',
  'class A { constructor(private x); constructor(x) {} }',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
