'use strict';
// compat: process
// -e, -p and stdin code runs without its types when it does not compile as JavaScript; the
// --input-type=*-typescript values strip first; --no-experimental-strip-types turns it all off.
const { spawnSync } = require('child_process');

function run(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, encoding: 'utf8', input });
  const firstError = r.stderr.split('\n').find((l) => /^\w*Error\b/.test(l));
  console.log(JSON.stringify(args.at(-1)), r.status, JSON.stringify(r.stdout), firstError ?? '');
}

run(['-e', 'let a: string = "typed"; console.log(a, typeof require, __filename)']);
run(['-p', 'const n: number = 6; n * 7 as number']);
run(['-e', 'import { sep } from "node:path"; const s: string = sep; console.log(s, typeof require)']);
run(['-e', 'console.log(typeof require); await 1; const t: number = 2; console.log(t)']);
run(['--input-type=module-typescript', '-e', 'const m: string = import.meta.url; console.log(m.startsWith("file:"))']);
run(['--input-type=commonjs-typescript', '-e', 'const c: number = 3; console.log(c, typeof module)']);
run(['--input-type=module-typescript'], 'const piped: number = 5; console.log(piped, typeof require)');
run([], 'const fromStdin: string = "stdin"; console.log(fromStdin)');
