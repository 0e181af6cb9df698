'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const rs = fs.createReadStream(p('missing'));
rs.on('error', (e) => showError('read missing', e));
rs.on('close', () => {
  console.log('close', rs.destroyed);
  const ws = fs.createWriteStream(p('no', 'dir', 'x'));
  ws.on('error', (e) => showError('write missing dir', e));
  ws.on('close', () => console.log('ws close'));
});
