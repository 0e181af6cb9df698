'use strict';
// process.finalization: a callback for an object that is still alive when the process exits
// (register) or is about to (registerBeforeExit). Objects are held weakly: one the program let go
// of is forgotten, and its callback never runs.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const entries = { exit: [], beforeExit: [] };
const listening = { exit: false, beforeExit: false };
// Entries whose object was collected are dropped from the lists.
const registry = new FinalizationRegistry((entry) => {
  const list = entries[entry.event];
  const at = list.indexOf(entry);
  if (at !== -1) list.splice(at, 1);
});

const warned = new Set();
function warnOnce(name) {
  if (warned.has(name)) return;
  warned.add(name);
  process.emitWarning(`process.finalization.${name} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

function add(obj, callback, event) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'object', obj);
  }
  const entry = { ref: new WeakRef(obj), callback, event };
  entries[event].push(entry);
  registry.register(obj, entry, entry);
  if (!listening[event]) {
    listening[event] = true;
    process.on(event, function onFinalizationEvent() { runCallbacks(event); });
  }
}

function runCallbacks(event) {
  const list = entries[event];
  entries[event] = [];
  for (const entry of list) {
    registry.unregister(entry);
    const obj = entry.ref.deref();
    if (obj !== undefined && typeof entry.callback === 'function') entry.callback(obj, event);
  }
}

function register(obj, callback) {
  warnOnce('register');
  add(obj, callback, 'exit');
}

function registerBeforeExit(obj, callback) {
  warnOnce('registerBeforeExit');
  add(obj, callback, 'beforeExit');
}

function unregister(obj) {
  warnOnce('unregister');
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function' && typeof obj !== 'symbol')) {
    throw new TypeError(`Invalid unregisterToken ('${String(obj)}')`);
  }
  for (const event of ['exit', 'beforeExit']) {
    entries[event] = entries[event].filter((entry) => {
      if (entry.ref.deref() !== obj) return true;
      registry.unregister(entry);
      return false;
    });
  }
}

module.exports = { register, registerBeforeExit, unregister };
