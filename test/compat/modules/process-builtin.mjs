// process is a built-in module too: require('process') and 'node:process', import of either (its
// default export is the process object, its named exports live), isBuiltin/builtinModules.
import { createRequire, isBuiltin, builtinModules } from 'node:module';
import proc, { argv, env, nextTick, platform } from 'node:process';
import plain from 'process';
const require = createRequire(import.meta.url);
console.log(isBuiltin('process'), isBuiltin('node:process'), builtinModules.includes('process'));
console.log(require('process') === process, require('node:process') === process, proc === process, plain === process);
console.log(argv === process.argv, env === process.env, nextTick === process.nextTick, platform === process.platform);
const ns = await import('node:process');
console.log(ns.default === process, typeof ns.exit, typeof ns.cwd, ns.pid === process.pid);
console.log(require.resolve('process'), require.resolve('node:process'));
