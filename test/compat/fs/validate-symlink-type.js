'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
for (const t of ['file', 'dir', 'junction', 'bogus', 5, null, undefined]) {
  attempt('symlink ' + String(t), () => fs.symlinkSync('target', p('l-' + String(t)), t));
}
attempt('target type', () => fs.symlinkSync(5, p('l2')));
