'use strict';
// node:sys, the deprecated old name of util (DEP0025, warned when it is first loaded).

module.exports = require('util');
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
