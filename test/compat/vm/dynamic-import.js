'use strict';
// import() in code vm compiled, by importModuleDynamically: Node's errors without a loader (or with a
// function, which needs --experimental-vm-modules), the main context's loader with
// vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER.
// compat: stderr
const vm = require('vm');

const main = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
const cases = [
  ['script, no option', () => vm.runInThisContext('import("fs")')],
  ['script, main loader', () => new vm.Script('import("fs")', { importModuleDynamically: main }).runInThisContext()],
  ['script, function', () => new vm.Script('import("fs")', { importModuleDynamically: () => ({}) }).runInThisContext()],
  ['context, no option', () => vm.runInContext('import("node:path")', vm.createContext({}, { importModuleDynamically: main }))],
  ['context, main loader', () => vm.runInContext('import("node:path")', vm.createContext({}), { importModuleDynamically: main })],
  ['eval inside', () => vm.runInContext('eval("import(\'node:path\')")', vm.createContext({}), { importModuleDynamically: main })],
  ['function of the script', () => vm.runInContext('(function () { return import("node:os"); })', vm.createContext({}),
                                                   { importModuleDynamically: main })()],
  ['compileFunction, main loader', () => vm.compileFunction('return import("node:os")', [], { importModuleDynamically: main })()],
  ['compileFunction, no option', () => vm.compileFunction('return import("node:os")')()],
  ['compileFunction, parsing context', () => vm.compileFunction('return import("node:os")', [], {
    parsingContext: vm.createContext({}, { importModuleDynamically: main }),
  })()],
  ['missing module', () => vm.runInThisContext('import("./no-such-file.mjs")', { importModuleDynamically: main })],
  ['bad builtin', () => vm.runInThisContext('import("node:nope")', { importModuleDynamically: main })],
];
Promise.allSettled(cases.map(([, run]) => run())).then((results) => {
  results.forEach((r, i) => {
    const label = cases[i][0];
    if (r.status === 'fulfilled') console.log(label, 'ok', Object.keys(r.value).includes('default'));
    else console.log(label, 'rejected', r.reason.name, r.reason.code, r.reason.message);
  });
});
