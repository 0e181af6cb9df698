'use strict';
// Worker options that cannot be used: unclonable workerData, a bad transferList or env.
const { Worker } = require('worker_threads');
const t = (f) => { try { const w = f(); console.log('ok'); w.terminate(); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => new Worker('', { eval: true, workerData: () => {} }));
t(() => new Worker('', { eval: true, workerData: { s: Symbol('s') } }));
t(() => new Worker('', { eval: true, transferList: [{}] }));
t(() => new Worker('', { eval: true, env: 'x' }));
t(() => new Worker('', { eval: true, env: null }));
t(() => new Worker(null, { eval: true }));
t(() => new Worker({}, {}));
