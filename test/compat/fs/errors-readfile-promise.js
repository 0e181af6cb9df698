'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('file.txt'), 'content');
fs.mkdirSync(p('sub'));
fs.writeFileSync(p('sub', 'inner.txt'), 'x');
fs.symlinkSync('file.txt', p('link'));
fs.symlinkSync('missing-target', p('dangling'));
(async () => {
  await attemptAsync('readFile missing', async () => { const r = await fsp.readFile(...[p('nope')]); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('readFile dir', async () => { const r = await fsp.readFile(...[p('sub')]); if (r && r.close) await r.close(); return 'done'; });
})();
