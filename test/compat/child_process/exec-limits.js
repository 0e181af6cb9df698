// exec's maxBuffer and timeout: the child is killed and the callback says why.
const { exec, execFile } = require('child_process');

exec('yes | head -c 5000', { maxBuffer: 100 }, (err, stdout) => {
  console.log('maxBuffer', err.name, err.code, err.message, stdout.length);
  execFile('sleep', ['30'], { timeout: 200 }, (err2, stdout2) => {
    console.log('timeout', err2.killed, err2.signal, err2.code, JSON.stringify(stdout2));
    execFile('sleep', ['30'], { timeout: 200, killSignal: 'SIGKILL' }, (err3) => {
      console.log('timeout SIGKILL', err3.killed, err3.signal);
    });
  });
});
try {
  exec('true', { maxBuffer: -1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  execFile('true', [], { timeout: 'x' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  exec('true', {}, 'not a function');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
