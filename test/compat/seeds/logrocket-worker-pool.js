// compat: process
// Seed: 003_647264dd774c51c6.txt (LogRocket, "A complete guide to threads in Node.js"), "Implementing the
// worker pool": "if the current execution context is in the main thread, we are creating an array to
// store four workers. After the creation of each worker, this code sends a new message to each of the
// worker threads with a task to be performed. In the worker thread portion, we are listening for the
// messages from the main thread ... it logs the process id with the task and passes it on to a function
// performing the task".
// The article's code logs `Worker ${}: Received task ...` (an empty, invalid placeholder) and never lets
// the workers end. Deterministic version: each worker logs from its own thread in turn (the main thread
// hands out the next task only after the previous worker answered), the log says whether its process id
// is the main thread's and what performTask returned, and the pool closes at the end.
'use strict';
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  // Main thread code
  // Create an array to store worker threads
  const workerThreads = [];
  // Create a number of worker threads and add them to the array
  for (let i = 0; i < 4; i++) {
    workerThreads.push(new Worker(__filename, { workerData: { mainPid: process.pid } }));
  }
  // Send a message to each worker thread with a task to perform, one after the other
  const results = [];
  const send = (index) => {
    if (index === workerThreads.length) {
      workerThreads.forEach((w) => w.postMessage({ stop: true }));
      return;
    }
    const worker = workerThreads[index];
    worker.once('message', (result) => { results.push(result); send(index + 1); });
    worker.postMessage({ task: index });
  };
  send(0);
} else {
  // Worker thread code
  // Listen for messages from the main thread
  parentPort.on('message', (message) => {
    if (message.stop) return parentPort.close();
    // Perform the task
    const result = performTask(message.task);
    console.log(`Worker (same process id as main: ${process.pid === workerData.mainPid}): Received task ${message.task}, ${result}`);
    parentPort.postMessage(result);
  });
  function performTask(task) {
    // … operations to be performed to execute the task
    return `task ${task} -> ${task * 10}`;
  }
}
