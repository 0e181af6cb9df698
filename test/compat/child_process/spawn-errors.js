// A program that cannot be started: 'error' (spawn ENOENT) then 'close' with the errno, no 'exit';
// and Node's argument errors, thrown synchronously.
const { spawn } = require('child_process');

const child = spawn('no-such-program-node4j', ['a', 'b']);
console.log(child.pid, child.stdin !== null, child.stdout !== null);
child.on('spawn', () => console.log('spawn (unexpected)'));
child.on('exit', () => console.log('exit (unexpected)'));
child.on('error', (e) => {
  console.log('error:', e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs);
  console.log(e instanceof Error, Object.keys(e));
});
child.on('close', (code, signal) => console.log('close', code, signal));

// A file without the execute bit is EACCES; an executable text file without #! runs under sh.
const os = require('os');
const dir = require('child_process').execFileSync('mktemp', ['-d', `${os.tmpdir()}/node4j-cp-XXXXXX`]).toString().trim();
require('child_process').execFileSync('sh', ['-c',
  `printf 'echo ran-by-sh "$@"\n' > ${dir}/script; cp ${dir}/script ${dir}/plain; chmod 755 ${dir}/script; chmod 644 ${dir}/plain`]);
const plain = spawn(`${dir}/plain`);
plain.on('error', (e) => console.log('plain error:', e.code, e.errno, e.syscall === `spawn ${dir}/plain`));
plain.on('close', (code) => {
  const script = spawn(`${dir}/script`, ['x', 'y']);
  script.stdout.on('data', (b) => console.log('script says', JSON.stringify(b.toString())));
  script.on('close', (c) => {
    console.log('script close', c);
    require('child_process').execFileSync('rm', ['-r', dir]);
  });
});

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('number file', () => spawn(42));
attempt('empty file', () => spawn(''));
attempt('null byte file', () => spawn('a\u0000b'));
attempt('args string', () => spawn('sh', 'x'));
attempt('args element', () => spawn('sh', ['-c', 1]));
attempt('options string', () => spawn('sh', [], 'x'));
attempt('shell number', () => spawn('sh', [], { shell: 1 }));
attempt('detached string', () => spawn('sh', [], { detached: 'yes' }));
attempt('argv0 number', () => spawn('sh', [], { argv0: 1 }));
attempt('cwd number', () => spawn('sh', [], { cwd: 1 }));
attempt('stdio bad', () => spawn('sh', [], { stdio: 'bogus' }));
attempt('env null byte', () => spawn('sh', [], { env: { A: 'x\u0000y' } }));
attempt('timeout negative', () => spawn('sh', [], { timeout: -1 }));
attempt('killSignal bad', () => spawn('sh', [], { killSignal: 'SIGNOPE' }));
attempt('killSignal type', () => spawn('sh', [], { killSignal: {} }));
