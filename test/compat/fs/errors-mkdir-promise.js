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
  await attemptAsync('mkdir exists', async () => { const r = await fsp.mkdir(...[p('sub')]); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('mkdir parent-missing', async () => { const r = await fsp.mkdir(...[p('a', 'b')]); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('mkdir under-file', async () => { const r = await fsp.mkdir(...[p('file.txt', 'd')]); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('mkdir recursive-under-file', async () => { const r = await fsp.mkdir(...[p('file.txt', 'd'), { recursive: true }]); if (r && r.close) await r.close(); return 'done'; });
})();
