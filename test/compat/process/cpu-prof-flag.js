// compat: process
'use strict';
// --cpu-prof and its options: the profile written at exit (also after process.exit and an uncaught
// error) into --cpu-prof-dir, named CPU.<date>.<time>.<pid>.0.001.cpuprofile or --cpu-prof-name, in the
// inspector's layout; the options without --cpu-prof are refused with exit code 9.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpu-prof-'));
const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8', cwd: dir });

const plain = run(['--cpu-prof', '-e', 'let x = 0; for (let i = 0; i < 1e5; i++) x += i; console.log("ran")']);
console.log(plain.status, plain.stdout.trim());
const files = fs.readdirSync(dir);
console.log(files.length, files.every((f) => /^CPU\.\d{8}\.\d{6}\.\d+\.0\.001\.cpuprofile$/.test(f)),
            files[0].split('.')[3] === String(plain.pid));
const profile = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
console.log(Object.keys(profile));
console.log(Object.keys(profile.nodes[0]), Object.keys(profile.nodes[0].callFrame), profile.nodes[0].callFrame);
console.log('one delta per sample', profile.samples.length === profile.timeDeltas.length);

const named = run(['--cpu-prof', '--cpu-prof-dir', 'sub', '--cpu-prof-name', 'p.json', '--cpu-prof-interval', '500',
                   '-e', 'process.exit(3)']);
console.log(named.status, fs.existsSync(path.join(dir, 'sub', 'p.json')));
const thrown = run(['--cpu-prof', '--cpu-prof-name', 'thrown.cpuprofile', '-e', 'throw new Error("boom")']);
console.log(thrown.status, fs.existsSync(path.join(dir, 'thrown.cpuprofile')));

for (const option of ['--cpu-prof-name', '--cpu-prof-dir', '--cpu-prof-interval']) {
  const r = run([option, 'x', '-e', '1']);
  console.log(r.status, r.stderr.replace(process.execPath, 'node').trim());
}
fs.rmSync(dir, { recursive: true });
