'use strict';
// Type annotations on bindings, parameters and return types become spaces; positions stay.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'let x: number = 1;',
  'const s: string = "a", n: number = 2;',
  'var v: any;',
  'let a!: number;',
  'let a!: number, b!: string;',
  'let [a, b]: [number, string] = c;',
  'let { a, b: { c } }: { a: 1, b: { c: 2 } } = d;',
  'let x: /* inner */ number = 1;',
  'let x: number /* after */ = 1;',
  'let x: number // trailing\n  = 1;',
  'let x:\n  number\n  = 1;',
  'let x:\tnumber\t= 1;',
  'function f(a: string, b?: number): void {}',
  'function f(a = 1, b: number = 2, c?: string) {}',
  'function f(...rest: number[]): number { return rest.length }',
  'function f({ a, b }: { a: string; b: number }) {}',
  'function f([a, b]: [string, number] = ["x", 1]) {}',
  'function f({ a = 1 }: { a?: number } = {}) {}',
  'function f(this: Window, a: number) {}',
  'function f(this: Window) {}',
  'function f(this) {}',
  'function f(\n  this: Window,\n  a: number,\n) {}',
  'function f(a?) {}',
  'function* g(): Generator<number> { yield 1 }',
  'async function f(): Promise<void> {}',
  'function f(): asserts x is string {}',
  'function f(x): x is string { return true }',
  'function f(): asserts this {}',
  'function f(): asserts this is T {}',
  'function f(this: T): this is U { return true }',
  'const f = function (a: number): number { return a };',
  'const f = (a: number): number => a;',
  'const f = (a?: number) => a;',
  'const f = ({ a }: T, [b]: U, ...c: V[]): W => a;',
  'const f = (a: number = 1): void => {};',
  'const f = async (a: T): Promise<T> => a;',
  'const f = (): void => {};',
  'try {} catch (e: unknown) {}',
  'try {} catch ({ message }: any) {}',
  'for (let i: number = 0; i < 3; i++) {}',
  'for (const x of [] as number[]) {}',
  'const o = { m(a: number): number { return a } };',
  'const o = { get x(): number { return 1 }, set x(v: number) {} };',
  'const o = { async *m(a: T): AsyncGenerator<T> {} };',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
