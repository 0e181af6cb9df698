// module.createRequire(import.meta.url): CommonJS require inside an ES module.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fromFixtures = createRequire(`${import.meta.dirname}/fixtures/`);
const { flavor } = fromFixtures('esm-pkg');
console.log(flavor, require('./fixtures/data.json').name, require('./fixtures/object.cjs').beta);
console.log(fromFixtures.resolve('legacy-pkg').endsWith('legacy-pkg/main.js'));
