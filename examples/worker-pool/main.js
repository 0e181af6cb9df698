'use strict';
// Runs 20 tasks on a pool of 3 workers: results come back as promises, in any completion order,
// and a failing task rejects without stopping the others.
const path = require('node:path');
const { WorkerPool } = require('./pool');

const pool = new WorkerPool(path.join(__dirname, 'task.js'), 3);

(async () => {
  const tasks = [];
  for (let n = 0; n < 20; n++) tasks.push(pool.run({ op: n % 2 ? 'fib' : 'square', n }));
  tasks.push(pool.run({ op: 'fail', n: 99 }));
  tasks.push(pool.run({ op: 'fib', n: 25 }));
  const results = await Promise.allSettled(tasks);
  for (const r of results) {
    console.log(r.status === 'fulfilled' ? JSON.stringify(r.value) : `rejected: ${r.reason.message}`);
  }
  await pool.close();
  console.log('pool closed');
})();
