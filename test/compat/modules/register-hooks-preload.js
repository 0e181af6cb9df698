// compat: process
// Hooks registered by a preloaded file (--require, --import) apply to the entry point and to
// everything it loads, CommonJS and ES modules alike; module.register() from an --import data: URL too.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const dir = path.join(__dirname, 'fixtures', 'hooks');
const run = (...args) => {
  try {
    return execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return `exit ${e.status}\n${e.stdout}${e.stderr.split('\n').filter((l) => /^\w*Error\b/.test(l)).join('\n')}\n`;
  }
};
process.stdout.write(run('--require', './register.cjs', 'main-alias.cjs'));
process.stdout.write(run('--require', './register.cjs', 'main-alias.mjs'));
process.stdout.write(run('--import', './reg.mjs', 'main-alias.mjs'));
process.stdout.write(run('dyn.mjs'));
process.stdout.write(run('main-alias.mjs'));
// module.register() from a data: URL given to --import (Node's documented way), for a made-up format.
process.stdout.write(run('--import', 'data:text/javascript,import { register } from "node:module"; ' +
  'import { pathToFileURL } from "node:url"; register(pathToFileURL("./ts-like-hooks.mjs"));', 'main-txtjs.mjs'));
