'use strict';
// vm.Script compiles once and runs in this context, a context, or new contexts, any number of times.
const vm = require('vm');
const { show } = require('./_util');

globalThis.shared = 'main global';
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1; typeof shared + " " + count');
show('this context', () => script.runInThisContext());
show('this context again', () => script.runInThisContext());
console.log(globalThis.count);
const a = vm.createContext({ count: 10 });
const b = vm.createContext({});
show('context a', () => script.runInContext(a));
show('context b', () => script.runInContext(b));
show('context a again', () => script.runInContext(a));
show('new context', () => script.runInNewContext({ shared: 1 }));
show('new context default', () => script.runInNewContext());
console.log(a.count, b.count);
// The code is converted to a string; a string for options is the filename.
show('object code', () => new vm.Script({ toString() { return '40 + 2'; } }).runInThisContext());
show('number code', () => new vm.Script(42).runInThisContext());
show('filename string', () => vm.runInThisContext('new Error("e").stack.split("\\n")[1].trim()', 'named.js'));
show('without new', () => vm.Script('1'));
// The completion value of the script is the result; var at the top of runInThisContext is global.
show('completion', () => vm.runInThisContext('if (true) { "then" } else { "else" }'));
vm.runInThisContext('var madeGlobal = 1; function globalFn() { return madeGlobal + 1; }');
console.log(globalThis.madeGlobal, globalThis.globalFn());
show('no module scope', () => vm.runInThisContext('typeof require + " " + typeof module + " " + typeof __filename'));
show('this', () => vm.runInThisContext('this === globalThis'));
show('runInNewContext', () => vm.runInNewContext('a + b', { a: 1, b: 2 }));
show('runInContext', () => vm.runInContext('x * 2', vm.createContext({ x: 21 })));
show('createScript', () => vm.createScript('7').runInThisContext());
show('strict script', () => vm.runInNewContext('"use strict"; (function () { return this; })()'));
show('sloppy script', () => vm.runInNewContext('(function () { return typeof this; })()'));
