'use strict';
// Whole-file reads used by the bootstrap before fs exists.

const binding = internalBinding('process');

function readFileUtf8(path) {
  return binding.readFileUtf8(path);
}

module.exports = { readFileUtf8 };
