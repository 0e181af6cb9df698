'use strict';
// --pending-deprecation (or NODE_PENDING_DEPRECATION=1): deprecations Node only warns about on request
// (module.parent) and the Buffer() warning for code under node_modules too.

let pending;
function pendingDeprecation() {
  if (pending === undefined) {
    pending = !!require('internal/options').getOptionValue('--pending-deprecation') ||
      process.env.NODE_PENDING_DEPRECATION === '1';
  }
  return pending;
}

module.exports = { pendingDeprecation };
