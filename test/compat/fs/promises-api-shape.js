'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
console.log(Object.keys(fsp).sort().join(' '));
console.log(require('fs/promises') === fs.promises, require('node:fs/promises') === fsp);
console.log(fsp.constants === fs.constants);
console.log(Object.keys(fs).filter((k) => typeof fs[k] === 'function').length > 90);
