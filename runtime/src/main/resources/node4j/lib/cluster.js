'use strict';
// node:cluster. A process is a cluster worker when its primary forked it with NODE_UNIQUE_ID in its
// environment (the worker's id); the module is then the worker's side (internal/cluster/child),
// otherwise the primary's (internal/cluster/primary). The bootstrap loads it early in a worker, while
// the variable is still there, and removes the variable before the program runs.

module.exports = 'NODE_UNIQUE_ID' in process.env ?
  require('internal/cluster/child') : require('internal/cluster/primary');
