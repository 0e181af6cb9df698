'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
(async () => {
  const fh = await fsp.open(__filename);
  await fh[Symbol.asyncDispose]();
  console.log(fh.fd);
  await fh.close();
  console.log('closed twice fine');
  const d = fs.opendirSync(dir);
  d[Symbol.dispose]();
  attempt('dir after dispose', () => d.readSync());
})();
