'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('s'), 'src');
for (const m of [-1, 8, 1.5, '1', null, undefined, 0, 1]) {
  attempt('copyFile mode ' + String(m), () => fs.copyFileSync(p('s'), p('d' + String(m)), m));
}
attempt('src type', () => fs.copyFileSync(1, p('d')));
attempt('dest type', () => fs.copyFileSync(p('s'), 1));
