// export * from, export { default as x } from, export * as ns from.
import * as ns from './fixtures/reexport.mjs';
import { libDefault, counter, answer } from './fixtures/reexport.mjs';

console.log(JSON.stringify(Object.keys(ns)));
console.log(libDefault, answer, typeof counter.increment, 'default' in ns);
