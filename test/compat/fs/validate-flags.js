'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const f = p('flags.txt');
fs.writeFileSync(f, 'x');
for (const fl of ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'as', 'as+', 'zz', 'R', '', 0, 2, {}, null, undefined, true]) {
  attempt('flags ' + JSON.stringify(fl), () => { const fd = fs.openSync(f, fl); fs.closeSync(fd); return 'opened'; });
}
