'use strict';
// A fixed pool of worker threads fed from a task queue: run(task) returns a promise of the result.
// Each worker takes one task at a time; a free worker takes the next queued task; a worker that
// fails (an uncaught error, or exit) rejects its task and is replaced.

const { Worker } = require('node:worker_threads');
const os = require('node:os');

class WorkerPool {
  constructor(script, size = os.availableParallelism()) {
    this.script = script;
    this.queue = [];          // { task, resolve, reject } waiting for a worker
    this.idle = [];           // workers without a task
    this.busy = new Map();    // worker -> its { task, resolve, reject }
    this.closed = false;
    for (let i = 0; i < size; i++) this.#spawn();
  }

  run(task) {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.#dispatch();
    });
  }

  async close() {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle = [];
    await Promise.all(all.map((w) => w.terminate()));
  }

  #spawn() {
    const worker = new Worker(this.script);
    worker.on('message', (result) => this.#settle(worker, (job) => job.resolve(result)));
    worker.on('error', (err) => this.#settle(worker, (job) => job.reject(err), true));
    worker.on('exit', (code) => {
      if (this.closed) return;
      this.#settle(worker, (job) => job.reject(new Error(`worker exited with code ${code}`)), true);
    });
    this.idle.push(worker);
    this.#dispatch();
  }

  #settle(worker, action, replace = false) {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    if (job) action(job);
    if (replace) {
      this.idle = this.idle.filter((w) => w !== worker);
      if (!this.closed) {
        worker.removeAllListeners();
        worker.terminate();
        this.#spawn();
      }
      return;
    }
    this.idle.push(worker);
    this.#dispatch();
  }

  #dispatch() {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const worker = this.idle.shift();
      const job = this.queue.shift();
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }
}

module.exports = { WorkerPool };
