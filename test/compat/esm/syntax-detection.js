// Node 24 syntax detection: a .js file with module syntax and no "type" runs as an ES module.
import { basename } from 'node:path';

console.log(basename(import.meta.filename), typeof require, typeof module, this);
const value = await Promise.resolve('top-level await works');
console.log(value);
