'use strict';
// node:cluster in the primary: forks workers (child_process.fork with NODE_UNIQUE_ID), follows their
// life cycle (online, listening, disconnect, exit) and reserves the addresses their servers share.
//
// Shared servers without passing handles: a worker's listen() asks the primary (act 'queryServer');
// the primary binds — without listening — a socket with SO_REUSEPORT on the address, which turns port
// 0 into one concrete port, and answers with it. The worker then binds the same address and port with
// SO_REUSEPORT and listens itself; the kernel spreads the connections over the listening workers. The
// reservation stays while a worker's server uses it, so later workers get the same port.

const EventEmitter = require('events');
const { fork: forkChild } = require('child_process');
const { TCP, TCPConstants, TCP_RESERVE } = require('internal/net/handles');
const Worker = require('internal/cluster/worker');
const { send, receiver } = require('internal/cluster/messages');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const reservations = new Map(); // key → { handle, address, port, addressType, users: Set of worker ids }
const disconnectWaiters = new Set(); // the cluster.disconnect() calls still waiting for workers
let initialized = false;
let ids = 0;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

// Only the policy's name changes: connections are always spread by the kernel (see above).
const policyFromEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
if (policyFromEnv === 'rr') cluster.schedulingPolicy = SCHED_RR;
else if (policyFromEnv === 'none') cluster.schedulingPolicy = SCHED_NONE;
else cluster.schedulingPolicy = process.platform === 'win32' ? SCHED_NONE : SCHED_RR;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    initialized = true;
    if (cluster.schedulingPolicy !== SCHED_NONE && cluster.schedulingPolicy !== SCHED_RR) {
      throw new Error(`Bad cluster.schedulingPolicy: ${cluster.schedulingPolicy}`);
    }
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const settings = cluster.settings;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  return forkChild(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: settings.execArgv,
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const worker = new Worker({ id, process: createWorkerProcess(id, env) });
  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // A worker whose channel is still open is removed at its 'disconnect'.
    if (!worker.isConnected()) {
      releaseAll(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    releaseAll(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
    workerDisconnected(worker);
  });

  worker.process.on('internalMessage', receiver((message) => onWorkerMessage(worker, message)));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

// Disconnects every worker; `callback` once each of them has (their servers closed), after the
// cluster's 'disconnect' event for the last one.
cluster.disconnect = function disconnect(callback) {
  const waiter = { workers: new Set(), callback };
  for (const worker of Object.values(cluster.workers)) {
    if (!worker.isConnected()) continue;
    waiter.workers.add(worker);
    worker.disconnect();
  }
  if (waiter.workers.size > 0) disconnectWaiters.add(waiter);
  else process.nextTick(() => waiter.callback?.());
};

function workerDisconnected(worker) {
  for (const waiter of disconnectWaiters) {
    if (!waiter.workers.delete(worker) || waiter.workers.size > 0) continue;
    disconnectWaiters.delete(waiter);
    if (typeof waiter.callback === 'function') waiter.callback();
  }
}

function removeWorker(worker) {
  if (cluster.workers[worker.id] === worker) delete cluster.workers[worker.id];
}

function onWorkerMessage(worker, message) {
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer':
      send(worker.process, { ack: message.seq, ...reserve(worker, message) });
      break;
    case 'listening': {
      const info = {
        addressType: message.addressType,
        address: message.address,
        port: message.port,
        fd: message.fd,
      };
      worker.state = 'listening';
      worker.emit('listening', info);
      cluster.emit('listening', worker, info);
      break;
    }
    case 'close':
      release(worker, message.key);
      break;
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      break;
  }
}

// The answer to a worker's 'queryServer': the address and port to bind with SO_REUSEPORT, or errno.
function reserve(worker, query) {
  let reservation = reservations.get(query.key);
  if (reservation === undefined) {
    const bound = bindReservation(query.address, query.port, query.addressType, query.flags);
    if (typeof bound === 'number') return { errno: bound };
    reservation = { ...bound, users: new Set() };
    reservations.set(query.key, reservation);
  }
  reservation.users.add(worker.id);
  const { address, port, addressType } = reservation;
  return { errno: 0, address, port, addressType };
}

// Binds, without listening, the socket that holds the address for the workers: { handle, address,
// port, addressType } or a negative errno. Without an address, '::' (dual stack) and then '0.0.0.0',
// as a server's listen() does.
function bindReservation(address, port, addressType, flags) {
  const candidates = address ? [[address, addressType]] : [['::', 6], ['0.0.0.0', 4]];
  let errno = 0;
  for (const [candidate, type] of candidates) {
    const handle = new TCP(TCPConstants.SERVER);
    const bindFlags = flags | TCPConstants.UV_TCP_REUSEPORT | TCP_RESERVE;
    errno = type === 6 ? handle.bind6(candidate, port, bindFlags) : handle.bind(candidate, port, bindFlags);
    const out = {};
    if (errno === 0) errno = handle.getsockname(out);
    if (errno === 0) {
      handle.unref();
      return { handle, address: candidate, port: out.port, addressType: type };
    }
    handle.close();
  }
  return errno;
}

function release(worker, key) {
  const reservation = reservations.get(key);
  if (reservation === undefined) return;
  reservation.users.delete(worker.id);
  if (reservation.users.size === 0) {
    reservations.delete(key);
    reservation.handle.close();
  }
}

function releaseAll(worker) {
  for (const key of [...reservations.keys()]) release(worker, key);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this.process, { act: 'disconnect' });
  releaseAll(this);
  removeWorker(this);
  return this;
};

// Sends the signal and closes the channel, on the next tick: the worker still counts as connected
// when kill() returns, as in Node. The signal goes first: a worker that saw the channel close first
// would exit 0 on its own (Node's worker dies of the signal at once; node4j's JVM takes the signal on
// a thread of its own, later than the loop sees the channel's end).
Worker.prototype.destroy = function destroy(signal) {
  const child = this.process;
  signal = signal || 'SIGTERM';
  if (!this.isConnected()) {
    child.kill(signal);
    return;
  }
  process.nextTick(() => {
    child.kill(signal);
    if (child.connected) child.disconnect();
  });
};

module.exports = cluster;
