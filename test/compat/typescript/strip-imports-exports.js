'use strict';
// Type-only imports and exports disappear; type-only specifiers leave spaces.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'import type { A } from \'a\';',
  'import type A from \'a\';',
  'import type * as A from \'a\';',
  'import type { A } from \'a\' with { type: \'json\' };',
  'import { type A, b } from \'c\';',
  'import { b, type A } from \'c\';',
  'import { type A } from \'c\';',
  'import { type A as B, type C } from \'c\';',
  'import { type A, type B, } from \'c\';',
  'import x, { type A } from \'c\';',
  'import { type "a b" as c } from \'x\';',
  'import { type } from \'b\';',
  'import { type as } from \'b\';',
  'import { type as as } from \'b\';',
  'import { type as as as } from \'b\';',
  'import { type as x } from \'b\';',
  'import type, { a } from \'b\';',
  'import type from \'b\';',
  'import { a } from \'b\';',
  'import * as ns from \'b\';',
  'import def, * as ns from \'b\';',
  'import \'side-effect\';',
  'import json from \'./x.json\' with { type: \'json\' };',
  'import type x = require(\'y\');',
  'import type A = B.C;',
  'export type { A };',
  'export type { A } from \'x\';',
  'export type { A as default } from \'x\';',
  'export type * from \'x\';',
  'export type * as ns from \'x\';',
  'export { type A, b };',
  'export { b, type A };',
  'export { type A };',
  'export { type A as default };',
  'export { type A /*c*/ , b };',
  'export { b, /*c*/ type A /*d*/ };',
  'export type T = 1;',
  'export interface I {}',
  'export default interface I {}',
  'export declare const x: number;',
  'export declare namespace N {}',
  'export const x: number = 1;',
  'export function f(a: T): U { return a }',
  'export default function <T>(a: T) {}',
  'export default class<T> {}',
  'export default (a: number): number => a;',
  'export default x as any;',
  'export * from \'x\';',
  'export * as ns from \'x\';',
  'export { a as b, c } from \'x\';',
  'export as namespace X;',
  'const x = import("./m");',
  'const u = import.meta.url;',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
