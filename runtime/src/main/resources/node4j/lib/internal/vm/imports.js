'use strict';
// import() in code that vm compiled. As in Node 24, a vm.Script, compileFunction's function or a
// context says how its code imports through importModuleDynamically:
//   undefined                              import() rejects: ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
//   vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER  the main context's loader (ExperimentalWarning)
//   a function                             needs --experimental-vm-modules, which node4j does not
//                                          have: import() rejects with
//                                          ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG, as Node's
//                                          does without the flag

const { validateFunction } = require('internal/validators');

const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
const USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');

// The policies the engine side keeps per compiled source.
const POLICY_NONE = 0;
const POLICY_MAIN = 1;
const POLICY_MISSING_FLAG = 2;

function importPolicy(importModuleDynamically) {
  if (importModuleDynamically === undefined) return POLICY_NONE;
  if (importModuleDynamically === USE_MAIN_CONTEXT_DEFAULT_LOADER) return POLICY_MAIN;
  validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  return POLICY_MISSING_FLAG;
}

module.exports = {
  DONT_CONTEXTIFY, USE_MAIN_CONTEXT_DEFAULT_LOADER, POLICY_NONE, POLICY_MAIN, POLICY_MISSING_FLAG, importPolicy,
};
