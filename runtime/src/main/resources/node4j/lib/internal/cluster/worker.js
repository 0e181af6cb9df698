'use strict';
// cluster.Worker: one forked process as the primary sees it (cluster.workers[id]), or this process as
// its own worker sees it (cluster.worker). The process's 'message' and 'error' pass through; the
// methods that differ by side (disconnect, destroy) are set by primary.js and child.js.

const EventEmitter = require('events');

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    this.process.on('error', (code, signal) => this.emit('error', code, signal));
    this.process.on('message', (message, handle) => this.emit('message', message, handle));
  }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function(...args) {
  return this.destroy(...args);
};

Worker.prototype.send = function(...args) {
  return this.process.send(...args);
};

Worker.prototype.isDead = function() {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function() {
  return this.process.connected;
};

module.exports = Worker;
