// stdout: true / stderr: true: the worker's output reaches only worker.stdout / worker.stderr.
const { Worker } = require('worker_threads');
const w = new Worker(`
process.stdout.write('A');
process.stdout.write('B\\n');
console.log('C', { d: 1 });
`, { eval: true, stdout: true });
let out = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (d) => { out += d; });
w.stdout.on('end', () => console.log('captured stdout:', JSON.stringify(out)));
w.on('exit', (code) => {
  console.log('exit', code);
  const e = new Worker(`console.error('to stderr'); process.stderr.write('more\\n'); console.log('to stdout');`,
                       { eval: true, stderr: true });
  const chunks = [];
  e.stderr.on('data', (d) => chunks.push(d));
  e.stderr.on('end', () => console.log('captured stderr:', JSON.stringify(Buffer.concat(chunks).toString())));
  e.on('exit', (c) => console.log('second exit', c));
});
