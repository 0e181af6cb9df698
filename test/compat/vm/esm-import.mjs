// node:vm from an ES module: the default export and the named ones.
import vm, { Script, createContext, runInContext, constants, compileFunction } from 'node:vm';

console.log(vm.Script === Script, typeof createContext, typeof runInContext, Object.keys(constants));
const ctx = createContext({ x: 2 });
console.log(new Script('x * 21').runInContext(ctx), compileFunction('return a', ['a'])('named'));
console.log(Object.keys(await import('node:vm')).sort());
