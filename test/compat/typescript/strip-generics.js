'use strict';
// Type parameters and type arguments disappear; `<` and `>` as operators stay.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'function f<T>(x: T): T { return x }',
  'function f<T extends object = {}, U = T>(x: T, y: U) {}',
  'function f<const T extends readonly unknown[]>(x: T) {}',
  'class A<in out T> {}',
  'class A<T> extends B<T> implements C<T>, D {}',
  'const f = <T,>(x: T) => x;',
  'const f = <T extends U>(x: T) => x;',
  'const f = <T>(x: T) => x;',
  'const f = async <T>(x: T): Promise<T> => x;',
  'const o = { m<T>(x: T) { return x } };',
  'f<T>(x);',
  'f<T, U>(x, y);',
  'f<[T]>(x);',
  'f < T > (x);',
  'f<T>\n(x);',
  'new C<T>();',
  'new C<T>;',
  'new a.b.C<T>(1);',
  'tag<T>`x`;',
  'a?.b<T>(x);',
  'a?.<T>(x);',
  'f<T>?.(x);',
  'const g = f<string>;',
  'const g = f<string>.name;',
  'f<T>.x();',
  'a < b && c > d;',
  'a < b > c;',
  'a < b > (c);',
  'a < (b > c);',
  'f<a>b;',
  'f<a>=b;',
  'f<a>>b;',
  'f<a>>>b;',
  'x = a < b;\ny = c > d;',
  'if (a < b) { c > d }',
  'for (let i = 0; i < n; i++) {}',
  'x = a << b >> c >>> d;',
  'x >>= 1; y >>>= 2; z >= 3;',
  'const m = new Map<string, Array<number>>();',
  'const m = new Map<string, Map<string, number>>();',
  'class A { m<T>(x: T): T { return x } }',
  '@dec<T>() class A {}',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
