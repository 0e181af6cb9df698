// require(): relative paths, extension search, directories (index.js, package.json main), JSON,
// .cjs, node_modules lookup, cycles (partial exports), the cache and module identity.
const a = require('./fixtures/cycle/a');
console.log(a);
console.log(require('./fixtures/cycle/b.js'));
console.log(require('./fixtures/dir-index'), require('./fixtures/dir-main'));
console.log(require('./fixtures/data.json'), require('./fixtures/data') === require('./fixtures/data.json'));
console.log(require('./fixtures/common.cjs'));
console.log(require('./fixtures/info'));
console.log(require.main === module, module.id, typeof module.filename, module.loaded);
console.log(module.children.length, module.children.map((m) => m.id.slice(m.id.indexOf('fixtures'))));
console.log(Object.keys(require.cache).filter((k) => k.includes('fixtures')).length);
const key = require.resolve('./fixtures/info');
delete require.cache[key];
console.log(require('./fixtures/info') === require('./fixtures/info'));
console.log(typeof require.resolve, typeof require.resolve.paths, typeof require.extensions['.js']);
console.log(__filename.endsWith('require-basics.js'), __dirname.endsWith('modules'));
console.log(this === module.exports, typeof exports);
