// compat: process
// fork(env) adds to the primary's environment; NODE_UNIQUE_ID is gone from the worker's process.env.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  process.env.FROM_PRIMARY = 'inherited';
  const worker = cluster.fork({ EXTRA: 'given', FROM_PRIMARY: 'overridden', NUM: 42 });
  worker.on('message', (env) => {
    console.log(env);
    worker.disconnect();
  });
} else {
  process.send({
    EXTRA: process.env.EXTRA,
    FROM_PRIMARY: process.env.FROM_PRIMARY,
    NUM: process.env.NUM,
    uniqueId: 'NODE_UNIQUE_ID' in process.env,
  });
}
