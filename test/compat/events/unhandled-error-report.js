// The report of an 'error' event nobody listens to, as a child process prints it on stderr: Node's
// throw site in events ("node:events:505"), the error's stack, then "Emitted 'error' event [on X
// instance] at:" with the frames of the emit() call; a non-Error value becomes ERR_UNHANDLED_ERROR
// with no emit frames. Frames inside node: modules differ between runtimes and are left out.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const program = `
const EventEmitter = require('events');
class Foo extends EventEmitter {}
const foo = new Foo();
function fire(v) { foo.emit('error', v); }
function inner() { fire(new RangeError('deep')); }
function outer() { inner(); }
const mode = process.argv[2];
if (mode === 'subclass') outer();
else if (mode === 'plain') { const e = new EventEmitter(); e.emit('error', new TypeError('plain')); }
else if (mode === 'value') fire({ answer: 42 });
else if (mode === 'props') { const err = new Error('with props'); err.code = 'ECUSTOM'; err.extra = [1, 2]; fire(err); }
else if (mode === 'handled') {
  process.on('uncaughtException', (err) => console.log('caught:', err.message, /Emitted/.test(err.stack)));
  fire(new Error('handled'));
}
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unhandled-'));
const file = path.join(dir, 'emitter.js');
fs.writeFileSync(file, program);
for (const mode of ['subclass', 'plain', 'value', 'props', 'handled']) {
  const r = spawnSync(process.execPath, [file, mode], { encoding: 'utf8' });
  const kept = r.stderr.split('\n').filter((line) => !/^\s+at .*\bnode:/.test(line));
  console.log(`--- ${mode}: status ${r.status}`);
  if (r.stdout) console.log(r.stdout.trimEnd());
  console.log(kept.join('\n').replaceAll(dir, '.').trimEnd());
}
fs.rmSync(dir, { recursive: true });
