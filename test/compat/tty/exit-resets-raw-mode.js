// compat: tty
'use strict';
// A program that ends in raw mode (by exit, or by an uncaught exception) leaves the terminal as it
// found it, as Node resets it at exit.
const { spawnSync, execFileSync } = require('node:child_process');

const icanon = () => /(^|\s)icanon(\s|$)/.test(execFileSync('stty', ['-a'], { stdio: ['inherit', 'pipe', 'inherit'] }).toString());
console.log('before', icanon());
const child = spawnSync(process.execPath, ['-e', 'process.stdin.setRawMode(true); console.log("child raw", process.stdin.isRaw); process.exitCode = 3'],
                        { stdio: 'inherit' });
console.log('child exit', child.status, 'after', icanon());
