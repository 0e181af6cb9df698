'use strict';
// An error from vm code that ends the program: Node's report on stderr (the arrow once, then the
// stack) and status 1. Each case runs in a process of its own; the report is shown up to its first
// frame.
const { spawnSync } = require('child_process');

const cases = [
  `require('vm').runInThisContext('var z = 1;\\nfunction g() { throw new Error("uncaught in vm"); }\\ng();', { filename: 'u.js' });`,
  `new (require('vm').Script)('let x = ;', { filename: 'syntax.js' });`,
  `require('vm').runInNewContext('function f() {\\n  throw new TypeError("no arrow asked");\\n}\\nf();', {}, { filename: 'nd.js', displayErrors: false });`,
  `require('vm').runInNewContext('throw new RangeError("from a context")', {}, { filename: 'ctx.js', lineOffset: 4 });`,
  `require('vm').compileFunction('return 1 +', [], { filename: 'fn.js' });`,
  `require('vm').runInNewContext('while (true) {}', {}, { timeout: 20 });`,
  `require('vm').runInThisContext('while (true) {}', { timeout: 20 });`,
  `process.on('SIGINT', () => {}); require('vm').runInNewContext('p.kill(p.pid, "SIGINT"); for (;;) {}', { p: process }, { breakOnSigint: true });`,
];
for (const code of cases) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const end = r.stderr.indexOf('\n    at ');
  console.log(r.status, JSON.stringify(end === -1 ? r.stderr : r.stderr.slice(0, end)));
}
