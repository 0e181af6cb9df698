'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
for (const m of [fs.constants.F_OK, fs.constants.R_OK, 7, 8, -1, 1.5, '4', null]) {
  attempt('access ' + String(m), () => fs.accessSync(dir, m));
}
attempt('access missing', () => fs.accessSync(p('nope')));
