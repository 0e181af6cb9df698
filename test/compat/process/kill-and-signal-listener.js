// compat: process
// process.kill: signals to self with a listener, ESRCH for a missing pid, unknown signal names,
// pid validation, signal 0 as an existence check.
process.on('SIGUSR2', (name, num) => console.log('got', name, num));
console.log(process.kill(process.pid, 'SIGUSR2'));
try { process.kill(99999999, 'SIGTERM'); } catch (e) { console.log(e.code, e.errno, e.syscall, e.message); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.name, e.message); }
try { process.kill('abc'); } catch (e) { console.log(e.code, e.message); }
console.log(process.kill(process.pid, 0));
setTimeout(() => console.log("timer"), 300);
