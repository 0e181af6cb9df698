// A .js file no package.json "type" claims, imported from an ES module before anything required it:
// its module syntax makes it an ES module, so its named exports can be imported.
import isEsm, { detected } from './fixtures/detected.js';
import * as ns from './fixtures/detected.js';
import plain from './fixtures/plain.js';

console.log(detected, isEsm, Object.keys(ns), typeof plain);
const again = await import('./fixtures/detected.js');
console.log(again === ns);
