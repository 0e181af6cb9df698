'use strict';
// Prints what a call returns, or the code, name and message of what it throws.
const util = require('util');
module.exports = function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : util.inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.code, e.name, e.message);
  }
};
