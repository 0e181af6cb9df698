// The report's libuv section: one entry per handle of the loop (type, is_active, is_referenced,
// address, and what the type adds: a timer's due time, a child process's pid, a signal's number and
// name), then the loop itself.
const { spawn } = require('child_process');

const entries = () => process.report.getReport().libuv;
const shape = (e) => Object.keys(e).join(',');

const timeout = setTimeout(() => {}, 5000);
const child = spawn('sleep', ['10'], { stdio: 'ignore' });
const onSignal = () => {};
process.on('SIGUSR2', onSignal);

let libuv = entries();
const timer = libuv.find((e) => e.type === 'timer' && e.is_active);
console.log('timer', shape(timer), timer.is_referenced, timer.repeat, timer.expired,
            timer.firesInMsFromNow > 4000 && timer.firesInMsFromNow <= 5000);
const proc = libuv.find((e) => e.type === 'process' && e.pid === child.pid);
console.log('process', shape(proc), proc.is_active, proc.is_referenced);
const signal = libuv.find((e) => e.type === 'signal' && e.signum === 12);
console.log('signal', shape(signal), signal.signal, signal.is_active, signal.is_referenced);
const loop = libuv.at(-1);
console.log('loop', shape(loop), loop.is_active, loop.loopIdleTimeSeconds >= 0);
console.log('addresses', new Set(libuv.map((e) => e.address)).size === libuv.length);

// unref() shows, and what is gone is no longer listed.
child.unref();
timeout.unref();
process.removeListener('SIGUSR2', onSignal);
libuv = entries();
console.log('unref', libuv.find((e) => e.type === 'process' && e.pid === child.pid).is_referenced,
            libuv.filter((e) => e.type === 'timer' && e.is_active).every((e) => !e.is_referenced),
            libuv.some((e) => e.type === 'signal' && e.signum === 12 && e.is_active));
child.on('exit', (code, sig) => {
  console.log('exit', code, sig);
  clearTimeout(timeout);
});
child.ref();
child.kill();
