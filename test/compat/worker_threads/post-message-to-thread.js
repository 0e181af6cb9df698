// postMessageToThread: a message to any thread by threadId, received as process 'workerMessage'
// (value, source threadId); the promise settles once the destination's listeners ran. Each thread
// reports what it saw in its own order; the two reports are printed one after the other.
const { Worker, postMessageToThread, threadId } = require('worker_threads');
console.log(typeof postMessageToThread, postMessageToThread.length, threadId);
const mainSaw = [];
process.on('workerMessage', (value, source) => mainSaw.push(`main got ${JSON.stringify(value)} from ${source}`));

const w = new Worker(`
const { postMessageToThread, threadId, parentPort } = require('worker_threads');
const saw = [];
process.on('workerMessage', async (value, source) => {
  saw.push('worker ' + threadId + ' got ' + JSON.stringify(value) + ' from ' + source);
  if (value.n !== undefined) {
    await postMessageToThread(0, { reply: value.n + 1 });
    saw.push('reply delivered');
  }
});
parentPort.postMessage('ready');
parentPort.once('message', () => parentPort.postMessage(saw));
`, { eval: true });

w.once('message', async () => {
  console.log('resolved with', await postMessageToThread(w.threadId, { n: 41 }));
  const ab = new ArrayBuffer(4);
  await postMessageToThread(w.threadId, { ab }, [ab]);
  console.log('transferred: sender byteLength', ab.byteLength);
  // Give the worker's own reply time to arrive, then collect the worker's log.
  setTimeout(() => {
    w.postMessage('report');
    w.once('message', (saw) => {
      console.log(mainSaw.join('\n'));
      console.log(saw.sort().join('\n'));
      // No terminate(): the worker ends by itself (exit code 0) once its port has no listener left.
    });
  }, 200);
});
w.on('exit', (code) => console.log('exit', code, w.threadId));
