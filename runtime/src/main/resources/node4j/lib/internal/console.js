'use strict';
// The global console, writing synchronously to fd 1 and 2. Minimal until the console module lands.

const binding = internalBinding('process');
const { formatWithOptions } = require('internal/util/format');

function writer(fd) {
  return function(...args) {
    binding.writeString(fd, formatWithOptions({}, ...args) + '\n');
  };
}

const console = {
  log: writer(1),
  info: writer(1),
  debug: writer(1),
  error: writer(2),
  warn: writer(2),
};

module.exports = console;
