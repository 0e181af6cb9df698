'use strict';
// WebSocket and CloseEvent are globals in worker threads too: a worker talks to a server the main
// thread runs, and reports to the main thread.
const { Worker } = require('worker_threads');
const { startServer, echo } = require('./_server');

(async () => {
  const srv = await startServer(echo);
  const worker = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    parentPort.postMessage([typeof WebSocket, typeof CloseEvent, WebSocket.OPEN]);
    const ws = new WebSocket(workerData);
    ws.onopen = () => ws.send('from the worker');
    ws.onmessage = (e) => {
      parentPort.postMessage('echoed: ' + e.data);
      ws.close(4000, 'worker done');
    };
    ws.onclose = (e) => parentPort.postMessage(['close', e.wasClean, e.code, e.reason, e instanceof CloseEvent]);
  `, { eval: true, workerData: srv.url('/from-worker') });
  worker.on('message', (m) => console.log('main got', m));
  worker.on('exit', (code) => console.log('worker exit', code));
})();
