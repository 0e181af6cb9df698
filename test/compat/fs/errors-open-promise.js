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
  await attemptAsync('open missing', async () => { const r = await fsp.open(...[p('nope.txt'), 'r']); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('open dir-write', async () => { const r = await fsp.open(...[p('sub'), 'w']); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('open excl', async () => { const r = await fsp.open(...[p('file.txt'), 'wx']); if (r && r.close) await r.close(); return 'done'; });
  await attemptAsync('open enotdir', async () => { const r = await fsp.open(...[p('file.txt', 'x'), 'r']); if (r && r.close) await r.close(); return 'done'; });
})();
