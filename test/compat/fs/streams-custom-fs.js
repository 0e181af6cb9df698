'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'abc');
const calls = [];
const custom = {
  open(...a) { calls.push('open'); return fs.open(...a); },
  read(...a) { calls.push('read'); return fs.read(...a); },
  close(...a) { calls.push('close'); return fs.close(...a); },
};
const rs = fs.createReadStream(p('f'), { fs: custom, encoding: 'utf8' });
rs.on('data', (c) => console.log('data', c));
rs.on('close', () => console.log(calls.join(',')));
attempt('bad fs.open', () => fs.createReadStream(p('f'), { fs: { open: 1 } }));
