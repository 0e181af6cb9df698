// spawn: piped stdout/stderr as streams, exit code, and 'close' after exit and both pipes.
const { spawn, ChildProcess } = require('child_process');

const events = [];
const child = spawn('sh', ['-c', 'echo one; echo two >&2; printf three; exit 3']);
console.log(child instanceof ChildProcess, typeof child.pid, child.spawnfile, child.spawnargs);
console.log(child.exitCode, child.signalCode, child.killed, child.connected, child.stdio.length);
console.log(child.stdin.writable, child.stdout.readable, child.stderr.readable);
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (s) => { out += s; });
child.stderr.on('data', (b) => { err += b.toString(); });
child.stdout.on('end', () => events.push('stdout end'));
child.on('spawn', () => events.push('spawn'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  console.log(JSON.stringify(out), JSON.stringify(err));
  console.log(events[0], events.includes('stdout end'), events.includes('exit 3 null'), events.at(-1));
  console.log(child.exitCode, child.signalCode, child.killed);
});
