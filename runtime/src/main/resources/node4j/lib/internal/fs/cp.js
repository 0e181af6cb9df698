'use strict';
// Not implemented yet: fs.cp, fs.cpSync, fs.cpPromise (see docs/compat.md). Each throws Node's ERR_METHOD_NOT_IMPLEMENTED.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function missing(name) {
  return function() { throw new ERR_METHOD_NOT_IMPLEMENTED(`${name}()`); };
}

module.exports = {
  cp: missing('cp'),
  cpSync: missing('cpSync'),
  cpPromise: missing('cp'),
};
