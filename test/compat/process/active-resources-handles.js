'use strict';
// compat: process
// process.getActiveResourcesInfo() and process._getActiveHandles() for handles: a child process and
// its pipes (pipes first), fs.watch (FSEventWrap), fs.watchFile (StatWatcher), MessagePorts — listed
// while ref'd and until closed, in the order they were made. Signal listeners and workers are not
// listed. Snapshots are printed at the end, so that stdout does not show in them.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { MessageChannel, Worker } = require('worker_threads');
const seen = [];
const info = () => JSON.stringify(process.getActiveResourcesInfo());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n4j-active-'));

const steps = [
  (next) => {
    const cp = require('child_process').spawn('sleep', ['0.05']);
    seen.push(`spawn: ${info()}`);
    const handles = process._getActiveHandles();
    seen.push(`handles: ${handles.map((h) => (h === cp ? 'the child' : h === cp.stdin ? 'its stdin' :
      h === cp.stdout ? 'its stdout' : h === cp.stderr ? 'its stderr' : 'other')).join(', ')}`);
    cp.unref();
    seen.push(`child unref'd: ${info()}`);
    cp.ref();
    cp.on('close', () => setTimeout(next, 1));
  },
  (next) => {
    const cp = require('child_process').spawn('true', [], { stdio: ['ignore', 'pipe', 'ignore'] });
    seen.push(`after the child closed, another with one pipe: ${info()}`);
    cp.on('close', () => setTimeout(next, 1));
  },
  (next) => {
    seen.push(`after the child closed: ${info()}`);
    const w = fs.watch(dir, () => {});
    seen.push(`watch: ${info()} ${process._getActiveHandles().map((h) => h.constructor.name)}`);
    w.unref();
    seen.push(`watch unref'd: ${info()}`);
    w.ref();
    w.close();
    seen.push(`watch closing: ${info()}`);
    w.on('close', () => {
      setTimeout(next, 1);
    });
  },
  (next) => {
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, 'x');
    seen.push(`after the watcher closed: ${info()}`);
    fs.watchFile(file, { interval: 5 }, () => {});
    seen.push(`watchFile: ${info()} ${process._getActiveHandles().map((h) => h.constructor.name)}`);
    setTimeout(() => {
      seen.push(`watchFile polling: ${info()}`);
      fs.unwatchFile(file);
      seen.push(`unwatchFile: ${info()}`);
      setTimeout(next, 1);
    }, 30);
  },
  (next) => {
    const { port1, port2 } = new MessageChannel();
    seen.push(`channel: ${info()}`);
    port1.on('message', () => {});
    seen.push(`listening port: ${info()} ${process._getActiveHandles().map((h) => h.constructor.name)}`);
    port1.unref();
    seen.push(`port unref'd: ${info()}`);
    port1.ref();
    port2.start();
    seen.push(`other port started: ${info()}`);
    port1.close();
    seen.push(`port closing: ${info()}`);
    port1.on('close', () => {
      seen.push(`port closed: ${info()}`);
      setTimeout(next, 1);
    });
  },
  (next) => {
    process.on('SIGUSR2', () => {});
    seen.push(`signal listener: ${info()}`);
    process.removeAllListeners('SIGUSR2');
    const worker = new Worker('', { eval: true });
    seen.push(`worker: ${info()}`);
    worker.on('exit', () => setTimeout(next, 1));
  },
];

(function run() {
  const step = steps.shift();
  if (step) step(run);
})();

process.on('exit', () => {
  fs.rmSync(dir, { recursive: true });
  seen.push(`exit: ${info()}`);
  console.log(seen.join('\n'));
});
