// SyntaxErrors from compiling ES modules, as the report shows them: an entry point, and a dependency
// of the entry (syntax-errors.js has CommonJS; split so that each script's child processes stay well
// inside the harness's time limit).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-'));
const report = (file) => {
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const end = r.stderr.indexOf('\n    at ');
  return `${r.status} ${(end === -1 ? r.stderr : r.stderr.slice(0, end)).replaceAll(dir, 'DIR')}`;
};
for (const text of ['let b = ;', 'export const a = 1;\nif (a) {\n', 'import x from "y" z;']) {
  const mjs = path.join(dir, 'bad.mjs');
  fs.writeFileSync(mjs, `${text}\n`);
  console.log(JSON.stringify(text), report(mjs));
}
fs.writeFileSync(path.join(dir, 'entry.mjs'), "import './dep.mjs';\nconsole.log('never');\n");
fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export const a = 1;\nconst b = a +;\n');
console.log(report(path.join(dir, 'entry.mjs')));
fs.rmSync(dir, { recursive: true });
