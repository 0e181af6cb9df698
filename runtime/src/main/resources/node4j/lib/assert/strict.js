'use strict';
// node:assert/strict: assert in strict assertion mode.

module.exports = require('assert').strict;
