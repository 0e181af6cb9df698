'use strict';
// module.stripTypeScriptTypes: argument validation, the sourceUrl option, the warning (once).
const { stripTypeScriptTypes } = require('node:module');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const cases = [
  [1], ['a', null], ['a', 1], ['a', { mode: 'x' }], ['a', { mode: 'strip', sourceMap: true }],
  ['a', { sourceMap: 1 }], ['a', { sourceUrl: 1 }], ['let a: number = 1', { sourceUrl: 'file.ts' }],
  [''], ['a', undefined], ['a', {}], ['a', { sourceUrl: '' }], ['const b: string[] = []', { mode: 'strip' }],
  ['enum E { A }'], ['let x: = 1'],
];
for (const args of cases) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(...args)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(stripTypeScriptTypes.length, stripTypeScriptTypes.name);
