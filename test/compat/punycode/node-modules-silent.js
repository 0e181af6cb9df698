// A dependency under node_modules that loads punycode gets no DEP0040 warning; the program does.
// compat: stderr
require('./fixtures/node_modules/uses-punycode');
console.log('dependency loaded it');
