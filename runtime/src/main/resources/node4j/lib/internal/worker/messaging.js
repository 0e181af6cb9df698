'use strict';
// postMessageToThread(threadId, value[, transferList][, timeout]) and process's 'workerMessage' event:
// a message to any thread of the process by its threadId. Each message carries a reply port; the
// destination answers on it once its listeners ran (or threw, or there were none), and the sender's
// promise settles on that answer, on the reply port closing (the destination ended first) or on the
// timeout.
//
// Every thread is a destination from its start: WorkerBinding keeps its inbox under its threadId and
// hands what arrives to receive() (loaded then) from the thread's loop.

const binding = internalBinding('worker');
const { serialize, deserialize, checkTransferList } = require('internal/worker/clone');
const { MessageChannel, portFromEndpoint, transferListOf } = require('internal/worker/io');
const {
  codes: {
    ERR_WORKER_MESSAGING_ERRORED, ERR_WORKER_MESSAGING_FAILED, ERR_WORKER_MESSAGING_SAME_THREAD,
    ERR_WORKER_MESSAGING_TIMEOUT,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const DELIVERED = 0;
const NO_LISTENER = 1;
const THREW = 2;

// A message from another thread (WorkerBinding calls this from the loop): the listeners run, then the
// sender learns how it went.
function receive(data, objects) {
  const { value, source, reply } = deserialize(data, objects, portFromEndpoint);
  let status = DELIVERED;
  if (process.listenerCount('workerMessage') === 0) {
    status = NO_LISTENER;
  } else {
    try {
      process.emit('workerMessage', value, source);
    } catch {
      status = THREW;
    }
  }
  reply.postMessage(status);
  reply.close();
}

function postMessageToThread(threadId, value, transferList, timeout) {
  if (typeof transferList === 'number' && typeof timeout === 'undefined') {
    timeout = transferList;
    transferList = [];
  }
  if (timeout !== undefined) {
    validateNumber(timeout, 'timeout', 0);
  }
  if (threadId === binding.threadId) {
    return Promise.reject(new ERR_WORKER_MESSAGING_SAME_THREAD());
  }
  const id = Number.isInteger(threadId) && threadId >= 0 && threadId <= 0x7fffffff ? threadId : -1;
  if (!binding.hasThread(id)) {
    return Promise.reject(new ERR_WORKER_MESSAGING_FAILED());
  }
  const list = transferListOf(transferList, transferList !== undefined);
  const { port1, port2 } = new MessageChannel();
  let message;
  try {
    message = serialize({ value, source: binding.threadId, reply: port2 },
                        [port2, ...checkTransferList(list, null)]);
  } catch (err) {
    port1.close();
    return Promise.reject(err);
  }
  return new Promise((resolve, reject) => {
    let timer;
    let settled = false;
    const settle = (err) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      port1.close();
      if (err === undefined) resolve();
      else reject(err);
    };
    port1.on('message', (status) => {
      if (status === DELIVERED) settle();
      else if (status === THREW) settle(new ERR_WORKER_MESSAGING_ERRORED());
      else settle(new ERR_WORKER_MESSAGING_FAILED());
    });
    // The destination ended before it took the message.
    port1.on('close', () => settle(new ERR_WORKER_MESSAGING_FAILED()));
    if (!binding.postToThread(id, message.data, message.objects)) {
      settle(new ERR_WORKER_MESSAGING_FAILED());
      return;
    }
    if (timeout !== undefined) timer = setTimeout(() => settle(new ERR_WORKER_MESSAGING_TIMEOUT()), timeout);
  });
}

module.exports = { receive, postMessageToThread };
