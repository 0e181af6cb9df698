'use strict';
// Not implemented yet: fs.watch, fs.watchFile, fs.unwatchFile, fs.watchPromise (see docs/compat.md). Each throws Node's ERR_METHOD_NOT_IMPLEMENTED.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function missing(name) {
  return function() { throw new ERR_METHOD_NOT_IMPLEMENTED(`${name}()`); };
}

module.exports = {
  watch: missing('watch'),
  watchFile: missing('watchFile'),
  unwatchFile: missing('unwatchFile'),
  watchPromise: missing('watch'),
};
