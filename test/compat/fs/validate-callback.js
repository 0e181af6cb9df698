'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const calls = {
  access: () => fs.access(dir), stat: () => fs.stat(dir), lstat: () => fs.lstat(dir), open: () => fs.open(dir),
  close: () => fs.close(0, 'x'), readdir: () => fs.readdir(dir), readFile: () => fs.readFile(dir),
  writeFile: () => fs.writeFile(p('x'), 'x'), mkdir: () => fs.mkdir(p('d')), rmdir: () => fs.rmdir(p('d')),
  unlink: () => fs.unlink(p('x')), rename: () => fs.rename(p('a'), p('b')), chmod: () => fs.chmod(dir, 0o755),
  realpath: () => fs.realpath(dir), mkdtemp: () => fs.mkdtemp(p('t-')), rm: () => fs.rm(p('x')),
  copyFile: () => fs.copyFile(p('a'), p('b')), exists: () => fs.exists(dir), truncate: () => fs.truncate(p('x')),
  utimes: () => fs.utimes(dir, 1, 1), fsync: () => fs.fsync(0), statfs: () => fs.statfs(dir),
  readlink: () => fs.readlink(dir), symlink: () => fs.symlink('a', p('l')), link: () => fs.link(p('a'), p('b')),
};
for (const [name, fn] of Object.entries(calls)) attempt(name, fn);
