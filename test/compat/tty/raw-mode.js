// compat: tty
'use strict';
// setRawMode switches the terminal to libuv's raw mode (no echo, no line editing, no signals from ^C,
// input byte by byte) and back to the settings it had; isRaw follows; stty shows the terminal's state.
const { execFileSync } = require('node:child_process');

const stty = () => execFileSync('stty', ['-a'], { stdio: ['inherit', 'pipe', 'inherit'] }).toString();
const flags = (text) => new Set(text.split(/[\s;]+/).filter((w) => /^-?[a-z0-9]+$/.test(w)));
const before = stty();

console.log(process.stdin.isRaw, process.stdin.setRawMode(true) === process.stdin, process.stdin.isRaw);
const raw = stty();
console.log(process.stdin.setRawMode(false) === process.stdin, process.stdin.isRaw);
const after = stty();

const b = flags(before);
const r = flags(raw);
console.log('raw sets:', [...r].filter((f) => !b.has(f)).join(' '));
console.log('raw clears:', [...b].filter((f) => !r.has(f)).join(' '));
console.log('min/time in raw mode:', /min = 1;/.test(raw), /time = 0;/.test(raw));
console.log('restored exactly:', before === after);

// 'raw' and 'io' (raw output too: no NL to CR NL), other strings refused, other values as booleans.
for (const mode of [1, 'raw', 'io', {}, 0, null, undefined, NaN, 'RAW', '', 'yes']) {
  try {
    process.stdin.setRawMode(mode);
    const now = flags(stty());
    console.log(String(mode), process.stdin.isRaw, [...now].filter((f) => !b.has(f)).join(' '));
  } catch (err) {
    console.log(String(mode), err.name, err.code, err.message);
  }
  process.stdin.setRawMode(false);
}
console.log(process.stdin.setRawMode.length, stty() === before);
process.stdin.destroy();
console.log(process.stdin.setRawMode(true).isRaw, flags(stty()).has('icanon'));
