// compat: process
// schedulingPolicy: SCHED_RR by default on Linux, NODE_CLUSTER_SCHED_POLICY=none gives SCHED_NONE.
'use strict';
if (process.argv[2] === 'none') process.env.NODE_CLUSTER_SCHED_POLICY = 'none';
const cluster = require('cluster');
const { execFileSync } = require('child_process');

console.log(process.argv[2] || 'default', cluster.schedulingPolicy, cluster.SCHED_RR, cluster.SCHED_NONE);
if (!process.argv[2]) {
  process.stdout.write(execFileSync(process.execPath, [__filename, 'none']));
}
