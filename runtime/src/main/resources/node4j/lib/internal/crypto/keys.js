'use strict';
// KeyObject and its subclasses; key import/export.

function secretKeyBytes() {
  return undefined;
}

module.exports = { secretKeyBytes, publicApi: {} };
