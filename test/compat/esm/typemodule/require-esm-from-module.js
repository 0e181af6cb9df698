// createRequire in an ES module, requiring an ES module already imported: evaluated once.
import { createRequire } from 'node:module';
import * as imported from './fixtures/esm-lib.js';

const require = createRequire(import.meta.url);
const required = require('./fixtures/esm-lib.js');
console.log(required.value === imported.value, required.default === imported.default);
