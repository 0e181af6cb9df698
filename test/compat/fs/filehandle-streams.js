'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
(async () => {
  const fh = await fsp.open(p('f'), 'w');
  const ws = fh.createWriteStream();
  ws.write('abc');
  ws.end('def');
  ws.on('close', async () => {
    console.log('ws closed', fh.fd);
    const rh = await fsp.open(p('f'));
    const rs = rh.createReadStream({ encoding: 'utf8', start: 1 });
    rs.on('data', (c) => console.log('data', c));
    rs.on('close', () => console.log('rs closed', rh.fd));
  });
})();
