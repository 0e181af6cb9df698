'use strict';
// compat: process
// --no-experimental-strip-types turns type stripping off for -e/-p code and files, and
// process.features.typescript says which way it is (eval.js has the code itself; split so that each
// script's child processes stay well inside the harness's time limit).
const { spawnSync } = require('child_process');

function run(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, encoding: 'utf8', input });
  const firstError = r.stderr.split('\n').find((l) => /^\w*Error\b/.test(l));
  console.log(JSON.stringify(args.at(-1)), r.status, JSON.stringify(r.stdout), firstError ?? '');
}

run(['--no-experimental-strip-types', '-e', 'let a: string = "x"; console.log(a)']);
run(['--no-experimental-strip-types', '-p', 'process.features.typescript']);
run(['-p', 'process.features.typescript']);
run(['--experimental-strip-types', '-p', 'process.features.typescript']);
run(['--no-experimental-strip-types', 'fixtures/math.ts']);
run(['-e', 'require("./fixtures/math.ts")', '--no-experimental-strip-types']);
