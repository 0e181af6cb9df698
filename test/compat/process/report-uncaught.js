// reportOnUncaughtException (and --report-uncaught-exception): an uncaught exception or unhandled
// rejection writes a report (event and trigger "Exception", the error's stack) after the fatal error
// report and before Node's version line; a handled exception writes none.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-uncaught-'));
// stdout and stderr go to files (see report-stdio.js); stack frames are left out of what is shown.
function run(name, code, options = [], showStderr = true) {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(file, code);
  const out = path.join(dir, 'child.out');
  const err = path.join(dir, 'child.err');
  const r = spawnSync('/bin/sh', ['-c', 'out=$1 err=$2; shift 2; exec "$@" >"$out" 2>"$err"', 'sh', out, err,
                                  process.execPath, ...options, file],
                      { cwd: dir, stdio: 'ignore' });
  const clean = (text) => text.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n').replaceAll(dir, '.');
  const result = { stdout: fs.readFileSync(out, 'utf8'), stderr: fs.readFileSync(err, 'utf8') };
  console.log(`--- ${name}: status ${r.status}`);
  if (!result.stdout.startsWith('{')) console.log('stdout:', JSON.stringify(clean(result.stdout)));
  if (showStderr) console.log('stderr:', JSON.stringify(clean(result.stderr)));
  fs.rmSync(out);
  fs.rmSync(err);
  return result;
}

function showReport(file, text) {
  const json = JSON.parse(text ?? fs.readFileSync(path.join(dir, file), 'utf8'));
  const { event, trigger, filename } = json.header;
  const stack = json.javascriptStack;
  console.log(file, event, trigger, filename, JSON.stringify(stack.message), JSON.stringify(stack.errorProperties),
              Array.isArray(stack.stack) ? stack.stack[0].replaceAll(dir, '.') : 'no stack');
  if (text === undefined) fs.rmSync(path.join(dir, file));
}

run('thrown', "process.report.reportOnUncaughtException = true;\nprocess.report.filename = 'thrown.json';\n" +
              "process.on('exit', (c) => console.error('exit listener', c));\n" +
              "throw Object.assign(new RangeError('bad'), { code: 'E_BAD' });\n");
showReport('thrown.json');

run('rejection', "process.report.reportOnUncaughtException = true;\nprocess.report.filename = 'rejection.json';\n" +
                 "Promise.reject(new TypeError('rejected'));\n");
showReport('rejection.json');

run('in-timer', "process.report.reportOnUncaughtException = true;\nprocess.report.filename = 'timer.json';\n" +
                "setTimeout(function later() { throw new Error('from a timer'); }, 1);\n");
showReport('timer.json');

// A thrown primitive is the report's message; a report on stdout is followed by the message on stderr.
const primitive = run('primitive', "process.report.reportOnUncaughtException = true;\n" +
                      "process.report.filename = 'stdout';\nprocess.report.compact = true;\n" +
                      "function f() { throw 42; }\nf();\n", [], false);
showReport('stdout', primitive.stdout);
console.log(primitive.stdout.split('\n').length, primitive.stderr.endsWith('\n\nNode.js report completed\n\nNode.js v24.21.0\n'));

run('handled', "process.report.reportOnUncaughtException = true;\nprocess.report.filename = 'handled.json';\n" +
               "process.on('uncaughtException', (e) => console.log('handled', e.message));\nthrow new Error('h');\n");
run('off', "process.report.filename = 'off.json';\nthrow new Error('no report');\n");

fs.mkdirSync(path.join(dir, 'out'));
run('options', "console.log(process.report.reportOnUncaughtException, process.report.compact);\n" +
               "throw new SyntaxError('from options');\n",
    ['--report-uncaught-exception', '--report-compact', '--report-directory=out', '--report-filename=cli.json']);
const cli = fs.readFileSync(path.join(dir, 'out', 'cli.json'), 'utf8');
console.log(cli.split('\n').length);
showReport('out/cli.json');

console.log(fs.readdirSync(dir).sort().join(' '));
fs.rmSync(dir, { recursive: true });
