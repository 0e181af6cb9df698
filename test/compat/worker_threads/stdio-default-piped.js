// Without the stdout/stderr options, worker.stdout and worker.stderr are Readables that the parent's
// process.stdout/stderr also receive; worker.stdin is null; the worker's process.stdin is empty.
const { Worker } = require('worker_threads');
const { Readable } = require('stream');

const w = new Worker(`
process.stdout.write('out1\\n');
console.log('log2', [1, 2]);
process.stdin.on('data', (d) => console.log('stdin data?', d));
process.stdin.on('end', () => console.log('worker stdin ended', process.stdin.constructor.name));
`, { eval: true });
console.log(w.stdout instanceof Readable, w.stderr instanceof Readable, w.stdin);
console.log(w.stdout.constructor.name, w.stderr.constructor.name, w.stdout.readableFlowing,
            w.stdout.readableEncoding);
let seen = '';
w.stdout.on('data', (chunk) => { seen += `[${Buffer.isBuffer(chunk)} ${JSON.stringify(String(chunk))}]`; });
w.on('exit', (code) => {
  console.log('exit', code, w.stdout.readableEnded);
  w.stdout.on('end', () => console.log('stdout end; a second listener saw', seen));
});
