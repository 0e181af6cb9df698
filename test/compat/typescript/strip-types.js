'use strict';
// Every form of type in an annotation is blanked whole, whatever it spans.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'let x: string | number;',
  'let x: | "a" | "b";',
  'let x: & A & B;',
  'let x: A & (B | C);',
  'let x: number[][];',
  'let x: readonly string[];',
  'let x: Array<Array<number>>;',
  'let x: [number, string];',
  'let x: [first: number, second?: string, ...rest: boolean[]];',
  'let x: [number?, ...string[]];',
  'let x: { a: number; b?: string, readonly c: boolean };',
  'let x: { (a: number): string; new (b: string): X; [k: string]: any };',
  'let x: { m(): void; m2?<T>(a: T): T; get g(): number; set s(v: number) };',
  'let x: {\n  a: 1\n  b: 2\n};',
  'let x: () => void;',
  'let x: (a: number, b?: string, ...c: any[]) => void;',
  'let x: ({ a }: T) => void;',
  'let x: ([a]: T) => void;',
  'let x: new () => X;',
  'let x: abstract new (...args: any[]) => object;',
  'let x: <T>(a: T) => T;',
  'let x: (() => void) | null;',
  'let x: ((a: number) => void)[];',
  'let x: T extends string ? "s" : "n";',
  'let x: T extends (infer U)[] ? U : never;',
  'let x: T extends [infer H extends string, ...infer R] ? H : never;',
  'let x: T extends infer U extends string ? U : never;',
  'let x: { [K in keyof T]: T[K] };',
  'let x: { readonly [K in keyof T]?: T[K] };',
  'let x: { -readonly [K in keyof T]-?: T[K] };',
  'let x: { +readonly [K in keyof T]+?: T[K] };',
  'let x: { [K in keyof T as `get${K & string}`]: () => T[K] };',
  'let x: T["a"]["b"];',
  'let x: T[number];',
  'let x: keyof T;',
  'let x: keyof typeof obj;',
  'let x: typeof obj.a.b;',
  'let x: typeof import("./mod");',
  'let x: import("./mod").T<number>;',
  'let x: unique symbol;',
  'let x: `prefix-${string}-suffix`;',
  'let x: `a${`b${C}`}`;',
  'let x: -1 | 0n | -2n | 1.5 | "s" | true | false | null | undefined;',
  'let x: (string);',
  'let x: this;',
  'let x: void;',
  'let x: object & {};',
  'let x: Promise<[A, B]>;',
  'let x: A.B.C<D.E>;',
  'let x: Record<string, (a: number) => Promise<void>>;',
  'let x: Array<T>= [];',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
