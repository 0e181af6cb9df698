// console.log calls per second, formatting an object and numbers (util.inspect's path) and a plain
// string, through a Console whose stream discards what it gets (the console and formatting cost, not
// the terminal's). Warm-up rounds first (default 5 s), then 400,000 timed calls.
// bench/console-log.js [warmupMs]
'use strict';
const { Console } = require('node:console');
const { Writable } = require('node:stream');

const warmupMs = Number(process.argv[2] ?? 5000);
const sink = new Writable({ write(chunk, encoding, cb) { cb(); } });
const out = new Console(sink);
let i = 0;
function round() {
  for (let k = 0; k < 1000; k++, i++) {
    out.log('line', i, { a: i, b: 'x', list: [1, 2, 3] });
    out.log('plain string line');
  }
}
const start = Date.now();
while (Date.now() - start < warmupMs) round();
// Timed: 200 rounds, 400,000 calls.
const t0 = process.hrtime.bigint();
for (let r = 0; r < 200; r++) round();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`${Math.round(400000 / (ms / 1000))} calls/s`);
console.log(`bench-ms: ${ms.toFixed(1)}`);
