// A program whose stdout reader goes away (`node app.js | head -1`): the next write fails with
// EPIPE, process.stdout emits 'error', and unhandled it ends the program with status 1 and Node's
// report (stack frames inside node: modules left out: they differ between runtimes). With an 'error'
// listener the program sees the error and goes on.
const { spawn } = require('child_process');

function run(code) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', code]);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', (d) => {
      console.log('first chunk:', JSON.stringify(String(d).split('\n')[0]));
      child.stdout.destroy();
    });
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

(async () => {
  let r = await run("let i = 0; setInterval(() => console.log('line', i++), 20);");
  console.log('status', r.status, 'signal', r.signal);
  console.log(r.stderr.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n').trimEnd());

  r = await run(`
    let i = 0;
    process.stdout.on('error', (err) => {
      console.error('stdout error:', err.message, err.code, err.errno, err.syscall);
      clearInterval(timer);
    });
    const timer = setInterval(() => process.stdout.write('line ' + i++ + '\\n'), 20);
    process.on('exit', (code) => console.error('exit', code));
  `);
  console.log('status', r.status, 'signal', r.signal);
  console.log(r.stderr.trimEnd());
})();
