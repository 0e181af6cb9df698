'use strict';
// Sets up the global environment of one node4j instance (process, console) and exposes to the Java
// bridge the entry points it calls: runMain, evalScript, handleUncaught, exit.
//
// This is the minimal runtime of the foundation; the module system, events, timers and the event loop
// replace the pieces marked as such.

const builtins = internalBinding('builtins');
const processBinding = internalBinding('process');

// lib/'s own module loader: each lib/ file is a function of
// (exports, require, module, internalBinding, primordials).
const libCache = new Map();
function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  let mod = libCache.get(id);
  if (mod !== undefined) return mod.exports;
  mod = { id, exports: {} };
  libCache.set(id, mod);
  const fn = builtins.compileBuiltin(id);
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, internalBinding, undefined);
  return mod.exports;
}

const process = requireBuiltin('internal/process/object');
Object.defineProperty(globalThis, 'process', {
  value: process, writable: true, configurable: true, enumerable: false,
});
const console = requireBuiltin('internal/console');
Object.defineProperty(globalThis, 'console', {
  value: console, writable: true, configurable: true, enumerable: false,
});
const { inspect } = requireBuiltin('internal/util/format');

function runMain(filename) {
  requireBuiltin('internal/modules/cjs/loader').Module.runMain(filename);
}

function evalScript(code, name, print) {
  const { Module } = requireBuiltin('internal/modules/cjs/loader');
  const scope = Module.evalScope(name);
  for (const [key, value] of [['require', scope.require], ['module', scope.module],
                              ['exports', scope.module.exports], ['__filename', name],
                              ['__dirname', '.']]) {
    Object.defineProperty(globalThis, key, { value, writable: true, configurable: true });
  }
  const result = builtins.evalScript(code, name);
  if (print) console.log(result);
}

// Prints an uncaught exception as Node does and returns the exit status (1).
function handleUncaught(error) {
  let text;
  if (error !== null && typeof error === 'object' && typeof error.stack === 'string') {
    text = error.stack;
  } else {
    text = 'Uncaught ' + inspect(error);
  }
  processBinding.writeString(2, `${text}\n\nNode.js ${process.version}\n`);
  return 1;
}

function exit() {
  const code = process.exitCode;
  return code === undefined ? 0 : code | 0;
}

module.exports = { runMain, evalScript, handleUncaught, exit };
