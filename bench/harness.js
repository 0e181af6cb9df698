'use strict';
// Runs one benchmark alternately under node4j and the oracle (warm-up first, then RUNS pairs), and
// prints the median wall time of each and their ratio. A benchmark may also time itself: a line
// "bench-ms: X" on its stdout is collected and compared the same way (the in-process figure, without
// start-up).

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [root, name, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const benchDir = path.join(root, 'bench');
const argsFile = path.join(benchDir, `${name}.args`);
const scriptFile = path.join(benchDir, `${name}.js`);
let args;
if (fs.existsSync(argsFile)) {
  args = fs.readFileSync(argsFile, 'utf8').split('\n').filter((l) => l !== '');
} else if (fs.existsSync(scriptFile)) {
  args = [scriptFile];
} else {
  console.error(`bench: no ${name}.js or ${name}.args in ${benchDir}`);
  process.exit(2);
}

const runtimes = {
  node4j: path.join(root, 'bin', 'node4j'),
  node: process.execPath,
};

function once(bin) {
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, args, { cwd: benchDir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(`${bin} exited with ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
  const m = /^bench-ms: ([\d.]+)$/m.exec(r.stdout);
  return { wallMs, selfMs: m ? Number(m[1]) : undefined };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const samples = { node4j: [], node: [] };
for (const key of Object.keys(runtimes)) once(runtimes[key]); // warm-up (file cache, JIT-less start)
for (let i = 0; i < runs; i++) {
  for (const key of Object.keys(runtimes)) samples[key].push(once(runtimes[key]));
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(8);
function report(label, pick) {
  const a = samples.node4j.map(pick);
  const b = samples.node.map(pick);
  if (a.some((x) => x === undefined) || b.some((x) => x === undefined)) return;
  const ma = median(a);
  const mb = median(b);
  console.log(`${label.padEnd(12)} node4j ${fmt(ma)} ms   node ${fmt(mb)} ms   ratio ${(ma / mb).toFixed(2)}×` +
              `   (node4j ${fmt(Math.min(...a))}–${fmt(Math.max(...a)).trim()} ms)`);
}
console.log(`bench ${name}: ${runs} runs each after a warm-up, medians (node4j / node; lower is better)`);
report('wall', (s) => s.wallMs);
report('self-timed', (s) => s.selfMs);
