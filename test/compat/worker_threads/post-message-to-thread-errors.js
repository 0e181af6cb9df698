// postMessageToThread's failures: the same thread, no such thread, a thread without a listener, a
// listener that throws, a timeout, and bad arguments.
const { Worker, postMessageToThread, threadId } = require('worker_threads');

async function attempt(label, ...args) {
  try {
    await postMessageToThread(...args);
    console.log(label, 'resolved');
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

(async () => {
  await attempt('self', threadId, 1);
  await attempt('missing', 999, 1);
  await attempt('not a number', 'x', 1);
  await attempt('fraction', 1.5, 1);
  await attempt('undefined id', undefined, 1);
  await attempt('negative timeout', 999, 1, -1);
  await attempt('string timeout', 999, 1, [], 'x');
  await attempt('bad transfer list', 999, 1, 'x');
  await attempt('uncloneable', 999, () => 1);

  const quiet = new Worker('setTimeout(() => {}, 2000)', { eval: true });
  await new Promise((r) => quiet.once('online', r));
  await attempt('no listener', quiet.threadId, 1);
  await quiet.terminate();

  const thrower = new Worker(`
process.on('workerMessage', () => { throw new Error('boom'); });
require('worker_threads').parentPort.postMessage('ready');
setTimeout(() => {}, 2000);`, { eval: true });
  thrower.on('error', (e) => console.log('thrower error event', e.message));
  await new Promise((r) => thrower.once('message', r));
  await attempt('throwing listener', thrower.threadId, 1);
  await thrower.terminate();

  const slow = new Worker(`
process.on('workerMessage', (v) => { const t = Date.now(); while (Date.now() - t < 600); });
require('worker_threads').parentPort.postMessage('ready');
setTimeout(() => {}, 3000);`, { eval: true });
  await new Promise((r) => slow.once('message', r));
  await attempt('timeout', slow.threadId, 'x', 20);
  await attempt('timeout after transfer list', slow.threadId, 'y', [], 20);
  await attempt('options object', slow.threadId, 'z', {});
  await slow.terminate();
})();
