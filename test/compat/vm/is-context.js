'use strict';
// vm.isContext: what it accepts and what counts as a context.
const vm = require('vm');
const { show } = require('./_util');

const sandbox = {};
show('before', () => vm.isContext(sandbox));
vm.createContext(sandbox);
show('after', () => vm.isContext(sandbox));
show('global of it', () => vm.isContext(vm.runInContext('this', sandbox)));
show('array', () => vm.isContext([]));
show('contextified array', () => vm.isContext(vm.createContext([])));
show('vanilla', () => vm.isContext(vm.createContext(vm.constants.DONT_CONTEXTIFY)));
show('object of a context', () => vm.isContext(vm.runInContext('({})', sandbox)));
for (const value of [undefined, null, 1, 'str', true, Symbol('s'), () => {}, function named() {}, 10n]) {
  show(typeof value, () => vm.isContext(value));
}
// createContext of a context gives it back, with no new context.
show('again', () => vm.createContext(sandbox) === sandbox);
show('proxy', () => vm.isContext(vm.createContext(new Proxy({}, {}))));
