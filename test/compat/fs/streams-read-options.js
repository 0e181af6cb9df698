'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'abcdefghijklmnopqrstuvwxyz');
const rs = fs.createReadStream(p('f'), { start: 3, end: 12, highWaterMark: 4, encoding: 'utf8' });
console.log(rs.pending, rs.bytesRead, clean(rs.path), rs.start, rs.end, rs.readableHighWaterMark);
rs.on('open', (fd) => console.log('open', typeof fd));
rs.on('ready', () => console.log('ready', rs.pending));
rs.on('data', (c) => console.log('data', c));
rs.on('end', () => console.log('end', rs.bytesRead));
rs.on('close', () => {
  console.log('close');
  attempt('start > end', () => fs.createReadStream(p('f'), { start: 5, end: 2 }));
  attempt('start string', () => fs.createReadStream(p('f'), { start: 'x' }));
  attempt('end negative', () => fs.createReadStream(p('f'), { end: -1 }));
  attempt('path type', () => fs.createReadStream(5));
});
