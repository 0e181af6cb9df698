'use strict';
// Not implemented yet: fs.glob, fs.globSync, fs.globIterator (see docs/compat.md). Each throws Node's ERR_METHOD_NOT_IMPLEMENTED.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function missing(name) {
  return function() { throw new ERR_METHOD_NOT_IMPLEMENTED(`${name}()`); };
}

module.exports = {
  glob: missing('glob'),
  globSync: missing('globSync'),
  globIterator: missing('globIterator'),
};
