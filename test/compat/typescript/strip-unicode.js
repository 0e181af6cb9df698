'use strict';
// Non-ASCII text: blanked characters become spaces of the same UTF-8 size.
// Each snippet prints what stripTypeScriptTypes returns (JSON) or the error it throws.
const { stripTypeScriptTypes } = require('node:module');

const snippets = [
  'let x: "\u00e9" = 1;',
  'let x: "\u4e2d" = 1;',
  'let x: "\ud83d\ude00" = 1;',
  'let x: "\u00e9\u4e2d\ud83d\ude00" = "\u00e9\u4e2d\ud83d\ude00";',
  'let x:\u00a0number = 1;',
  'let x\u3000: number = 1;',
  'let x: "\u3000\u2003\ufeff" = 1;',
  'let x: "\u200b\u0085" = 1;',
  'type A\u2028= 1',
  'type A\u2029= 1',
  '\ufefflet x: number = 1;',
  '\ufefflet x = 1;',
  'let x: number = 1\ufeff;',
  'let \u00e9t\u00e9: number = 1;',
  'let \u03c0: \u03a0 = 3.14;',
  'const s = "\ud83d\ude00"; let t: string = s;',
  'let x = "\ud800";',
  'let x = "\ud800"; type A = 1;',
  'let x: "\ud800" = 1;',
  '/* \udc00 */ type A = 1;',
  'let \\u0061: number = 1;',
  'let x: T\u00e9 = 1;',
];

for (const code of snippets) {
  try {
    console.log(JSON.stringify(stripTypeScriptTypes(code)));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
