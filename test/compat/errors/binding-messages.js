'use strict';
// Errors about bindings in V8's words: the temporal dead zone, undeclared names, constants, and
// instanceof's right-hand side.
const vm = require('vm');
const cases = {
  'read before let': () => { console.log(x); let x = 1; },
  'closure before let': () => { const f = () => y; f(); let y = 2; },
  'class before declaration': () => { new C(); class C {} },
  'increment before let': () => { z++; let z = 0; },
  'typeof before let': () => { typeof w; let w; },
  'assign before let': () => { v = 1; let v; },
  'undeclared read': () => notDeclaredAnywhere,
  'undeclared write (strict)': () => { notDeclaredEither = 1; },
  'global let before declaration': () => vm.runInThisContext('g1; let g1 = 1;'),
  'const assignment': () => { const c = 1; c = 2; },
  'const compound': () => { const k = 1; k += 1; },
  'const in loop': () => { for (const i of [1, 2]) i++; },
  'instanceof a number': () => ({}) instanceof 5,
  'instanceof a plain object': () => ({}) instanceof {},
  'instanceof undefined': () => ({}) instanceof undefined,
};
for (const [label, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(label, '-> no error');
  } catch (e) {
    console.log(label, '->', `${e.constructor.name}: ${e.message}`);
  }
}
