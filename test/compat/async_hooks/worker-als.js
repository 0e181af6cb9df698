// AsyncLocalStorage with worker_threads: each thread has its own stores; a Worker's and a
// MessagePort's events run in the context they were made in.
const { AsyncLocalStorage, executionAsyncId } = require('node:async_hooks');
const { Worker, MessageChannel } = require('node:worker_threads');

const als = new AsyncLocalStorage();

const { port1, port2 } = als.run('channel made', () => new MessageChannel());
port1.on('message', (msg) => {
  console.log('port message', msg, als.getStore(), executionAsyncId() > 1);
  port1.close();
  startWorker();
});
als.run('sender', () => port2.postMessage('hello'));

function startWorker() {
  const worker = als.run('worker made', () => new Worker(`
    const { AsyncLocalStorage } = require('node:async_hooks');
    const { parentPort } = require('node:worker_threads');
    const als = new AsyncLocalStorage();
    parentPort.on('message', (msg) => {
      als.run(msg, () => setTimeout(() => parentPort.postMessage('worker store: ' + als.getStore()), 1));
    });
  `, { eval: true }));
  worker.on('message', (msg) => {
    console.log(msg, '| parent store in message listener:', als.getStore());
    worker.terminate();
  });
  worker.on('exit', () => console.log('exit listener store:', als.getStore()));
  als.run('posting', () => worker.postMessage('from parent'));
}
