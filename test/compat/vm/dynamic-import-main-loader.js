'use strict';
// vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER: import() in a context's code gets the main context's
// module instances, resolved from the script's filename (an absolute path) or the working directory.
const vm = require('vm');
const path = require('path');

globalThis.marker = 'main global';
const main = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
const ctx = vm.createContext({ marker: 'sandbox' });
const fromFile = vm.runInContext('import("./fixtures/imported.mjs")', ctx, {
  importModuleDynamically: main, filename: __filename,
});
console.log('import() returned', Object.prototype.toString.call(fromFile));
fromFile.then(async (ns) => {
  const direct = await import('./fixtures/imported.mjs');
  console.log(ns.marker, ns.isMainArray, ns === direct, Object.keys(ns));
  const again = await vm.runInNewContext('import("./vm/fixtures/imported.mjs")', {}, { importModuleDynamically: main });
  console.log('from the working directory', again === direct);
  const json = await vm.runInThisContext('import("./fixtures/data.json", { with: { type: "json" } })', {
    importModuleDynamically: main, filename: path.join(__dirname, 'x.js'),
  });
  console.log(json.default);
  await vm.runInThisContext('import("./fixtures/data.json")', { importModuleDynamically: main, filename: __filename })
    .catch((err) => console.log(err.code));
});
