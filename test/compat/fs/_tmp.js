'use strict';
// Test helper: a fresh directory under os.tmpdir(), removed when the process exits, and printers
// that show errors without anything that varies between runs (absolute temp paths become <tmp>).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function clean(text) {
  return String(text).split(dir).join('<tmp>');
}

function showError(label, err) {
  const parts = [label, err.name, err.code];
  if (err.errno !== undefined) parts.push(err.errno);
  if (err.syscall !== undefined) parts.push(err.syscall);
  console.log(parts.join(' '), '|', clean(err.message));
  if (err.path !== undefined) console.log('  path', clean(err.path));
  if (err.dest !== undefined) console.log('  dest', clean(err.dest));
}

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' ? clean(r) : r);
  } catch (err) {
    showError(label, err);
  }
}

async function attemptAsync(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', typeof r === 'string' ? clean(r) : r);
  } catch (err) {
    showError(label, err);
  }
}

module.exports = { dir, p: (...parts) => path.join(dir, ...parts), clean, showError, attempt, attemptAsync };
