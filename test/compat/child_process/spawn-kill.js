// kill(): signals by name and number, killed flag, signalCode, and a signal from elsewhere.
const { spawn } = require('child_process');

const sleeper = spawn('sleep', ['30']);
sleeper.on('exit', (code, signal) => console.log('sleeper exit', code, signal));
sleeper.on('close', (code, signal) => {
  console.log('sleeper close', code, signal, sleeper.killed, sleeper.signalCode, sleeper.exitCode);
  console.log('kill after exit', sleeper.kill());
  const second = spawn('sleep', ['30']);
  second.on('close', (c, s) => {
    console.log('second close', c, s, second.killed);
    const selfKilled = spawn('sh', ['-c', 'kill -USR1 $$']);
    selfKilled.on('close', (c2, s2) => {
      console.log('self-killed close', c2, s2, selfKilled.killed);
      const exits = spawn('sh', ['-c', 'exit 143']);
      exits.on('close', (c3, s3) => console.log('exit 143 close', c3, s3));
    });
  });
  console.log('kill 9', second.kill(9));
});
sleeper.on('spawn', () => {
  try {
    sleeper.kill('SIGNOPE');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log('kill', sleeper.kill(), sleeper.killed);
});
