'use strict';
// node:cluster in a worker: cluster.worker (this process), 'online' sent to the primary as the worker
// starts, and the servers that share their address with the other workers (primary.js tells how).

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { send, receiver } = require('internal/cluster/messages');

const cluster = new EventEmitter();
const servers = new Map(); // key → the server listening on the address reserved under it
const keyCounts = new Map(); // key without index → servers asked for so far (the index of the next)

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: Number(process.env.NODE_UNIQUE_ID) | 0, process, state: 'none' });
  cluster.worker = worker;
  require('internal/cluster/state').child = cluster;
  delete process.env.NODE_UNIQUE_ID;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away, or closed the channel without asking: nothing left to work for.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', receiver((message) => {
    if (message.act === 'disconnect') {
      worker.exitedAfterDisconnect = true;
      closeServersAndDisconnect();
    }
  }));
  send(process, { act: 'online' });
  worker.state = 'online';
};

// For net.Server's listen() in a worker: `callback(errno, { address, port, addressType })` with the
// address to bind with SO_REUSEPORT; once the server listens, the primary hears of it.
cluster._getServer = function _getServer(server, options, callback) {
  const { address = null, port, addressType, fd } = options;
  const baseKey = `${address}:${port}:${addressType}:${fd}`;
  const index = keyCounts.get(baseKey) ?? 0;
  keyCounts.set(baseKey, index + 1);
  const key = `${baseKey}:${index}`;
  send(process, { act: 'queryServer', key, address, port, addressType, flags: options.flags | 0 }, (reply) => {
    if (reply.errno) {
      callback(reply.errno, null);
      send(process, { act: 'close', key });
      return;
    }
    servers.set(key, server);
    server.once('listening', () => {
      cluster.worker.state = 'listening';
      send(process, { act: 'listening', address, port: server.address().port, addressType, fd });
    });
    server.once('close', () => {
      if (servers.get(key) !== server) return;
      servers.delete(key);
      send(process, { act: 'close', key });
    });
    callback(0, reply);
  });
};

// A server on a pipe listens on its own and only tells the primary it listens; disconnect() closes it
// as a shared one (not enumerable: not part of the module's API).
let pipeServers = 0;
Object.defineProperty(cluster, '_reportListening', {
  __proto__: null,
  configurable: true,
  writable: true,
  value: function _reportListening(server, options) {
    const key = `pipe:${pipeServers++}`;
    servers.set(key, server);
    server.once('close', () => {
      if (servers.get(key) === server) servers.delete(key);
    });
    server.once('listening', () => {
      cluster.worker.state = 'listening';
      const { address = null, port, addressType, fd } = options;
      send(process, { act: 'listening', address, port, addressType, fd });
    });
  },
});

// Closes every shared server and waits for their 'close' (their connections ending) before closing
// the channel, as Node's documentation of worker.disconnect() says.
function closeServersAndDisconnect() {
  let waiting = servers.size + 1;
  const closed = () => {
    if (--waiting === 0 && process.connected) process.disconnect();
  };
  for (const server of servers.values()) server.close(closed);
  servers.clear();
  closed();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state === 'disconnecting' || this.state === 'destroying') return this;
  this.state = 'disconnecting';
  this.exitedAfterDisconnect = true;
  send(process, { act: 'exitedAfterDisconnect' });
  closeServersAndDisconnect();
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send(process, { act: 'exitedAfterDisconnect' });
    process.once('disconnect', () => process.exit(0));
    process.disconnect();
  }
};

module.exports = cluster;
