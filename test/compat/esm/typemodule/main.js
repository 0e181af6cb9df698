// A .js file under a package.json with "type": "module" is an ES module, and so are its .js imports.
import { helper, isModule } from './fixtures/helper.js';
import legacy, { fromCjs, hasRequire } from './fixtures/legacy.cjs';

console.log(helper, isModule, fromCjs, hasRequire, legacy.fromCjs === fromCjs);
console.log(import.meta.url.endsWith('/esm/typemodule/main.js'), import.meta.main, typeof require);
const top = await Promise.resolve('top-level await in .js');
console.log(top);
