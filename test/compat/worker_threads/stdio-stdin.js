// stdin: true: worker.stdin is a Writable feeding the worker's process.stdin; end() ends it, and a
// worker reading its stdin stays alive until then.
const { Worker } = require('worker_threads');
const { Writable } = require('stream');
const w = new Worker(`
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => {
  require('worker_threads').parentPort.postMessage(text.toUpperCase());
});
`, { eval: true, stdin: true });
console.log(w.stdin instanceof Writable, w.stdin.constructor.name);
w.on('message', (m) => console.log('worker read', JSON.stringify(m)));
w.on('exit', (code) => {
  console.log('exit', code);
  // A worker with stdin that never reads it exits on its own.
  const idle = new Worker('1 + 1', { eval: true, stdin: true });
  idle.on('exit', (c) => console.log('idle exit', c));
});
w.stdin.write('hello ');
w.stdin.write(Buffer.from('binary '));
setTimeout(() => w.stdin.end('world\n'), 50);
