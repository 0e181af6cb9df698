// The report of an unhandled rejection points its caret where the error was made, even with a
// throw before it on the line (a synchronous throw's report points at the throw).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caret-'));
const run = (name, text) => {
  fs.writeFileSync(path.join(dir, name), text);
  const r = spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8' });
  console.log(r.status, r.stderr.split('\n\n')[0].replaceAll(dir, 'DIR'));
};
run('async-throw.js', "async function f() { throw new Error('x'); } f();\n");
run('reject.js', "const e = new Error('made here'); Promise.reject(e);\n");
run('sync-throw.js', "function f() { throw new Error('x'); } f();\n");
run('async-throw.mjs', "async function f() { throw new Error('x'); } f();\n");
fs.rmSync(dir, { recursive: true });
