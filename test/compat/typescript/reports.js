'use strict';
// compat: process
// How Node reports TypeScript it cannot run: the header names the file's URL and line, then the
// source around the span (underlined, or marked with '>' over several lines), then the error.
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

for (const file of ['enum', 'param-property', 'namespace', 'multiline-enum', 'invalid', 'runtime-error']) {
  run([`fixtures/${file}.ts`], file);
}
run(['fixtures/node_modules/tsdep/index.ts'], 'node_modules');
