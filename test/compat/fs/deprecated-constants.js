// compat: stderr
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(fs.F_OK);
