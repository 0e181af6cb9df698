'use strict';
// Helpers for the vm scripts: what differs between engines (internal frames, the engine's own error
// wording) is left out of what they print.

// An error's stack without the runtime's own frames (node:...) nor this folder's test files' frames:
// its header (with displayErrors' arrow) and the frames of code vm compiled.
function frames(err) {
  return String(err.stack).split('\n')
    .filter((line) => !/^\s+at /.test(line) || !(/\(node:|at node:/.test(line) || line.includes(`${__dirname}/`)))
    .join('\n');
}

// Runs fn and prints its result, or the error's name, code and message.
function show(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (err) {
    if (err !== null && typeof err === 'object') {
      console.log(label, 'threw', err.name, err.code, err.message);
    } else {
      console.log(label, 'threw value', err);
    }
  }
}

module.exports = { frames, show };
