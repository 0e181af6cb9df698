'use strict';
// compat: process
// How Node reports -e/--input-type TypeScript it cannot run (reports.js has files; split so that each
// script's child processes stay well inside the harness's time limit).
const { spawnSync } = require('child_process');
const path = require('path');

function run(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, encoding: 'utf8' });
  const err = r.stderr.replaceAll(path.resolve(__dirname), '<dir>');
  // Up to the error's own line: the frames below it are Node's internals.
  const lines = err.split('\n');
  const at = lines.findIndex((l) => /^\w*Error\b/.test(l));
  console.log(`--- ${label}: status ${r.status}, stdout ${JSON.stringify(r.stdout)}`);
  console.log(lines.slice(0, at + 1).join('\n'));
}

run(['-e', 'enum A { B }'], '-e enum');
run(['-e', 'let x = ;'], '-e invalid');
run(['-e', 'const n: number = 1;\nlet x = n as ;'], '-e invalid after types');
run(['--input-type=module-typescript', '-e', 'const a = 1;\nenum A {}'], 'module-typescript enum');
run(['--input-type=commonjs-typescript', '-e', 'let q: string = 1 +'], 'commonjs-typescript invalid');
