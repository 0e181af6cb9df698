'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('u'), '');
for (const t of [1, '2', new Date(5000), 'abc', {}, null, undefined, NaN, -1]) {
  attempt('utimes ' + (t instanceof Date ? 'date' : String(t)), () => { fs.utimesSync(p('u'), t, t); return t === -1 ? 'now' : fs.statSync(p('u')).mtimeMs; });
}
attempt('futimes bad fd', () => fs.futimesSync('x', 1, 1));
