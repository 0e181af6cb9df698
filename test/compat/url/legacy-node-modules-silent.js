// url.parse warns (DEP0169) for the program's own calls, but not for calls from node_modules.
// compat: stderr
console.log(require('./fixtures/node_modules/uses-url-parse').href);
console.log('dependency parsed');
