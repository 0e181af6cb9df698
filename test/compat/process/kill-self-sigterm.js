// compat: process
// A SIGTERM with no listener ends the program as the signal does: no 'exit' event, status 128+15.
process.on('exit', () => console.log('exit event (not in Node)'));
console.log('before');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('never'), 2000);
