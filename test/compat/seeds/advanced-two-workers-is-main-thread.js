// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."), "Threads and Worker Threads": "We check if it
// is the main thread and then create two workers and pass on messages. On the worker thread the data gets
// passed on through postMessage method and the workers execute the command." (The code is an image;
// rebuilt from that text.) The main thread prints the answers in worker order.
'use strict';
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  const answers = [];
  let exited = 0;
  for (let i = 0; i < 2; i++) {
    const worker = new Worker(__filename, { workerData: { index: i } });
    worker.on('message', (m) => { answers[i] = m; });
    worker.on('exit', (code) => {
      if (++exited < 2) return;
      for (const a of answers) console.log(a);
      console.log('both workers exited, last code', code, '; main threadId', threadId);
    });
    worker.postMessage({ command: 'sum', numbers: [i + 1, 10, 100] });
  }
} else {
  parentPort.once('message', ({ command, numbers }) => {
    const result = numbers.reduce((a, b) => a + b, 0);
    parentPort.postMessage(`worker ${workerData.index} (isMainThread ${isMainThread}) ran ${command}: ${result}`);
    parentPort.close();
  });
}
