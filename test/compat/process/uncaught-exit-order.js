// An uncaught exception runs the 'exit' listeners before the fatal report is printed (both on
// stderr here, so their order shows); what a listener throws then is ignored and the status is 1.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exit-order-'));
const cases = {
  sync: "process.on('exit', (c) => console.error('exit listener', c, process.exitCode));\nthrow new Error('sync');",
  timer: "process.on('exit', (c) => { console.error('exit listener', c); throw new Error('ignored'); });\n" +
         "setTimeout(() => { throw new RangeError('in timer'); }, 1);",
  rejection: "process.on('exit', (c) => console.error('exit listener', c));\nPromise.reject(new TypeError('rejected'));",
  handled: "process.on('exit', (c) => console.error('exit listener', c));\n" +
           "process.on('uncaughtException', (e) => console.error('handled', e.message));\nthrow new Error('x');",
};
for (const [name, code] of Object.entries(cases)) {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(file, code);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const lines = r.stderr.split('\n').filter((l) => !/^\s+at /.test(l));
  console.log(`--- ${name}: status ${r.status}`);
  console.log(lines.join('\n').replaceAll(dir, '.').trimEnd());
}
fs.rmSync(dir, { recursive: true });
