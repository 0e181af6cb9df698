// Built-in modules: default export is the CommonJS exports object, named exports its keys.
import path from 'node:path';
import { join, basename } from 'path';
import * as pathNs from 'node:path';
import timers, { setTimeout as st } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire, builtinModules } from 'node:module';

console.log(join('a', 'b'), basename('/x/y.mjs'), path.sep);
console.log(pathNs.default === path, pathNs.join === path.join, join === path.join);
console.log(st === timers.setTimeout, st === globalThis.setTimeout);
console.log(typeof createRequire, Array.isArray(builtinModules));
console.log(await sleep(1, 'slept'));
