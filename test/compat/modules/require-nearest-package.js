// require() looks in each node_modules directory in turn, nearest first, whether or not the package
// it finds has "exports": a nearer copy without them wins over a farther one with them, and the
// other way round (fixtures/nested).
const path = require('path');
const { createRequire } = require('module');
const dir = path.join(__dirname, 'fixtures', 'nested');
const rel = (p) => path.relative(dir, p);
const outer = require('./fixtures/nested/node_modules/outer');
console.log(outer.dep, rel(outer.resolved));
console.log(require('./fixtures/nested/node_modules/other'));
const fromOuter = createRequire(path.join(dir, 'node_modules/outer/index.js'));
console.log(fromOuter('dep'), rel(fromOuter.resolve('dep')));
console.log(rel(require.resolve('dep', { paths: [path.join(dir, 'node_modules/outer')] })));
console.log(rel(require.resolve('dep', { paths: [dir] })));
const fromTop = createRequire(path.join(dir, 'x.js'));
console.log(fromTop('dep'), fromTop('wrap'));
try { fromOuter('nonexistent-pkg'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
