'use strict';
// The private protocol between a primary and its workers, over the fork IPC channel. Every message is
// { cmd: 'NODE_CLUSTER', act, seq, ... }: the channel hands messages whose cmd starts with 'NODE_' to
// 'internalMessage' listeners, never to 'message', so user code does not see them. A request that
// wants an answer passes a callback; the answer carries `ack` = the request's seq.
//
// Acts, worker → primary: 'online'; 'queryServer' { key, address, port, addressType, flags } answered
// with { errno, address, port, addressType }; 'listening' { address, port, addressType, fd };
// 'close' { key } (a shared server closed); 'exitedAfterDisconnect'. Primary → worker: 'disconnect'.

const CMD = 'NODE_CLUSTER';
let seq = 0;
const callbacks = new Map();

function send(target, message, callback) {
  if (!target.connected) return false;
  const full = { cmd: CMD, seq: seq++, ...message };
  if (typeof callback === 'function') callbacks.set(full.seq, callback);
  return target.send(full);
}

// An 'internalMessage' listener: answers reach their request's callback, other acts `handler`.
function receiver(handler) {
  return (message) => {
    if (message.cmd !== CMD) return;
    if (message.ack !== undefined && callbacks.has(message.ack)) {
      const callback = callbacks.get(message.ack);
      callbacks.delete(message.ack);
      callback(message);
      return;
    }
    handler(message);
  };
}

module.exports = { send, receiver };
