// A store set with run() reaches every kind of callback made inside it: timers, immediates, ticks,
// microtasks, promises and await, and the callbacks of fs, crypto, zlib, dns and child_process.
const { AsyncLocalStorage } = require('node:async_hooks');
const fs = require('node:fs');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { EventEmitter } = require('node:events');

const als = new AsyncLocalStorage();
const seen = [];
const note = (what) => seen.push(`${what}: ${als.getStore()}`);
let pending = 0;
function track(name, start) {
  pending++;
  als.run(name, () => start(() => {
    note(name);
    if (--pending === 0) done();
  }));
}

track('setTimeout', (cb) => setTimeout(cb, 5));
track('setInterval', (cb) => { const t = setInterval(() => { clearInterval(t); cb(); }, 1); });
track('setImmediate', (cb) => setImmediate(cb));
track('nextTick', (cb) => process.nextTick(cb));
track('queueMicrotask', (cb) => queueMicrotask(cb));
track('then', (cb) => Promise.resolve().then(cb));
track('await', (cb) => (async () => { await null; await new Promise((r) => setTimeout(r, 2)); cb(); })());
track('async iterator', (cb) => (async () => {
  async function* gen() { yield 1; await null; yield 2; }
  for await (const _ of gen());
  cb();
})());
track('fs.stat', (cb) => fs.stat(__filename, cb));
track('fs.readFile', (cb) => fs.readFile(__filename, cb));
track('fs.promises', (cb) => fs.promises.readFile(__filename).then(cb));
track('crypto.pbkdf2', (cb) => crypto.pbkdf2('pw', 'salt', 10, 16, 'sha256', cb));
track('crypto.randomBytes', (cb) => crypto.randomBytes(8, cb));
track('zlib.gzip', (cb) => zlib.gzip('hello', cb));
track('zlib stream', (cb) => { const g = zlib.createGzip(); g.on('data', () => {}); g.on('end', cb); g.end('x'); });
track('dns.lookup', (cb) => require('node:dns').lookup('localhost', cb));
track('child exit', (cb) => require('node:child_process').execFile('true', cb));
track('stream', (cb) => fs.createReadStream(__filename).on('data', () => {}).on('close', cb));
track('promise chain', (cb) => new Promise((r) => setImmediate(r)).then(() => null).then(cb));

// An emitter calls its listeners in the emitting code's context, not the one they were added in.
const emitter = new EventEmitter();
als.run('listener added', () => emitter.on('go', () => note('emit')));
als.run('emitter', () => emitter.emit('go'));

// A callback made outside any run sees no store.
setTimeout(() => note('outside'), 1);

function done() {
  setImmediate(() => {
    seen.sort();
    for (const line of seen) console.log(line);
  });
}
