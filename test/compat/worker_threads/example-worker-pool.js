'use strict';
// Runs examples/worker-pool (a fixed pool fed from a task queue, results as promises).
require('../../../examples/worker-pool/main.js');
