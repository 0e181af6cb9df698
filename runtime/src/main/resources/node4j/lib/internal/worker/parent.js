'use strict';
// A worker's side of the channel with its parent: parentPort and workerData, made once per worker
// (worker_threads and the uncaught-exception report share them).

const binding = internalBinding('worker');
const { deserialize } = require('internal/worker/clone');
const { wrapHandle, portFromEndpoint } = require('internal/worker/io');

const parentPort = wrapHandle(binding.parentPort());
const data = binding.workerData();
const workerData = deserialize(data[0], data[1], portFromEndpoint);

module.exports = { parentPort, workerData };
