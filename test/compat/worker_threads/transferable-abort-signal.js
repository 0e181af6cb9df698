'use strict';
// util.transferableAbortSignal / transferableAbortController: a marked signal listed in a transfer
// list arrives as an AbortSignal that aborts with the same reason when the original does (through a
// MessageChannel, and into a Worker); one aborted before sending arrives aborted; a marked signal
// not listed, or an unmarked one listed, is a DataCloneError; argument validation.
const { transferableAbortSignal, transferableAbortController } = require('util');
const { MessageChannel, Worker } = require('worker_threads');

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
t('not a signal', () => transferableAbortSignal({}));
t('nothing', () => transferableAbortSignal());
const ac = new AbortController();
const signal = transferableAbortSignal(ac.signal);
console.log(signal === ac.signal, transferableAbortController() instanceof AbortController);

const steps = [];
steps.push((next) => {
  const { port1, port2 } = new MessageChannel();
  port2.once('message', (msg) => {
    const sig = msg.s;
    console.log('received', sig instanceof AbortSignal, sig.aborted, sig === signal, sig.reason);
    sig.addEventListener('abort', () => {
      console.log('aborted', sig.aborted, sig.reason);
      port1.close();
      port2.close();
      next();
    });
    setTimeout(() => ac.abort('why'), 10);
  });
  t('not listed', () => port1.postMessage({ s: ac.signal }));
  port1.postMessage({ s: signal }, [signal]);
  t('plain signal listed', () => port1.postMessage(new AbortController().signal, [new AbortController().signal]));
  t('listed twice', () => port1.postMessage(signal, [signal, signal]));
});
steps.push((next) => {
  const c = new MessageChannel();
  const pre = transferableAbortController();
  pre.abort(new RangeError('early'));
  c.port2.once('message', (s) => {
    console.log('pre-aborted', s.aborted, s.reason instanceof RangeError, s.reason.message);
    c.port1.close();
    c.port2.close();
    next();
  });
  c.port1.postMessage(pre.signal, [pre.signal]);
});
steps.push((next) => {
  const controller = transferableAbortController();
  const worker = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    const { signal } = workerData;
    const keepAlive = setInterval(() => {}, 1000);
    parentPort.postMessage('ready ' + signal.aborted);
    signal.onabort = () => {
      parentPort.postMessage('worker saw abort: ' + signal.reason.message);
      clearInterval(keepAlive);
    };
  `, { eval: true, workerData: { signal: controller.signal }, transferList: [controller.signal] });
  worker.on('message', (m) => {
    console.log(m);
    if (m.startsWith('ready')) controller.abort(new Error('stop'));
  });
  worker.on('exit', (code) => {
    console.log('worker exit', code);
    next();
  });
});
steps.push(() => console.log('done'));
let i = 0;
const next = () => steps[i++](next);
next();
