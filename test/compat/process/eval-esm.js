// Code given with -e or on stdin runs as an ES module when --input-type=module says so or when its
// syntax is a module's (import/export, import.meta, top-level await), at <cwd>/[eval1]; --input-type
// =commonjs keeps it CommonJS; -p refuses module input; bad --input-type values are refused.
const { spawnSync } = require('child_process');
const run = require('./fixtures/cli/run');
const here = (text) => text.replaceAll(`file://${__dirname}`, 'file://HERE').replaceAll(__dirname, 'HERE');
const show = (args, input) => {
  const r = spawnSync(process.execPath, args, { cwd: __dirname, input, encoding: 'utf8' });
  console.log(`--- ${args.join(' ')}${input ? ' (stdin)' : ''}: status ${r.status}`);
  if (r.stdout) console.log(here(r.stdout.trimEnd()));
  if (r.stderr) console.log(here(r.stderr.split('\n')[0]));
};
show(['-e', "import fs from 'fs'; console.log(typeof fs.readFileSync, import.meta.url)"]);
show(['--input-type=module', '-e', 'console.log(import.meta.url, typeof require, await Promise.resolve(5), typeof fs, typeof path)']);
show(['-e', 'await 1; console.log("tla", import.meta.filename, import.meta.dirname)']);
show(['-e', "export const x = 1; console.log('exported', typeof module)"]);
show(['-e', "const { readFileSync } = await import('node:fs'); console.log(typeof readFileSync)"]);
show([], "import os from 'os'; console.log(typeof os.EOL, import.meta.url)");
show(['--input-type=module'], 'console.log(typeof require, import.meta.url)');
show(['--input-type=commonjs', '-e', 'console.log(typeof require, typeof module)']);
show(['--input-type', 'commonjs', '-e', "import fs from 'fs'"]);
show(['-e', 'console.log(typeof require, "still CommonJS")']);
run(['--input-type=module', '-p', '1']);
run(['-p', "import fs from 'fs'"]);
run(['--input-type=bad', '-e', '1']);
