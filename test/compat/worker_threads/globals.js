'use strict';
const wt = require('worker_threads');
console.log(globalThis.MessageChannel === wt.MessageChannel, globalThis.MessagePort === wt.MessagePort, globalThis.BroadcastChannel === wt.BroadcastChannel);
console.log(typeof structuredClone, typeof MessageEvent);
console.log(Object.keys(globalThis).includes('structuredClone'));
