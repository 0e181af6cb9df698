'use strict';
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.MessagePort, typeof wt.BroadcastChannel);
console.log(wt.SHARE_ENV.toString(), wt.isInternalThread);
console.log(require('node:worker_threads') === wt);
