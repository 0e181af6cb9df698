'use strict';
// What can be contextified: objects of any kind, with their own rules seen from the context.
const vm = require('vm');
const util = require('util');
const { show } = require('./_util');

const nullProto = vm.createContext(Object.assign(Object.create(null), { a: 1 }));
show('null prototype', () => vm.runInContext('[a, typeof toString, typeof Object]', nullProto));
vm.runInContext('b = 2', nullProto);
show('null prototype store', () => Object.keys(nullProto));

const log = [];
const target = { seen: 'target' };
const proxied = vm.createContext(new Proxy(target, {
  get(t, key, r) { if (typeof key === 'string') log.push(`get ${key}`); return Reflect.get(t, key, r); },
  set(t, key, v, r) { log.push(`set ${String(key)}`); return Reflect.set(t, key, v, r); },
}));
show('proxy sandbox', () => vm.runInContext('seen', proxied));
vm.runInContext('written = 1', proxied);
show('proxy store', () => [target.written, log.includes('get seen'), log.includes('set written')]);

class Window {
  constructor() { this.name = 'window'; }
  alert(msg) { return `alert: ${msg}`; }
  get location() { return 'about:blank'; }
}
const win = vm.createContext(new Window());
show('class instance', () => vm.runInContext('[name, alert("hi"), location, typeof Window]', win));
show('class tag', () => vm.runInContext('Object.prototype.toString.call(this)', win));

const frozen = vm.createContext(Object.freeze({ fixed: 1 }));
show('frozen read', () => vm.runInContext('fixed', frozen));
show('frozen store', () => vm.runInContext('fixed = 2; fixed', frozen));
show('frozen new name', () => vm.runInContext('fresh = 3; typeof fresh', frozen));

const arr = vm.createContext(['zero', 'one']);
show('array', () => vm.runInContext('[this[0], this[1], length, Array.isArray(this)]', arr));

const fn = vm.createContext(Object.assign(Object.create(Function.prototype), { f: 1 }));
show('function-like', () => vm.runInContext('f', fn));

const withDate = vm.createContext(new Date(0));
show('date sandbox', () => vm.runInContext('typeof getTime', withDate));

// The sandbox prints as before: being a context adds nothing visible.
const plain = { k: 'v' };
vm.createContext(plain);
console.log(util.inspect(plain), Object.getOwnPropertySymbols(plain).length, Object.keys(plain));
