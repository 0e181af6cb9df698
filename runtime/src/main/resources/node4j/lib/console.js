'use strict';
// node:console: the global console, with the Console class on it.

module.exports = globalThis.console;
