'use strict';
// In a worker, process.chdir(), process.abort() and setting the umask throw
// ERR_WORKER_UNSUPPORTED_OPERATION; reading the umask works.
const { Worker } = require('worker_threads');
const w = new Worker(`
const t = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => process.chdir('/'));
t(() => process.umask(0o22));
console.log(typeof process.umask());
t(() => process.abort());
`, { eval: true });
w.on('exit', (c) => console.log('exit', c));
