'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'fd stream data');
const fd = fs.openSync(p('f'), 'r');
const rs = fs.createReadStream(null, { fd, encoding: 'utf8', autoClose: false });
console.log(rs.pending, rs.fd === fd);
let data = '';
rs.on('data', (c) => { data += c; });
rs.on('end', () => {
  console.log(data);
  console.log(fs.fstatSync(fd).size);
  fs.closeSync(fd);
  const wfd = fs.openSync(p('g'), 'w');
  const ws = fs.createWriteStream(null, { fd: wfd });
  ws.end('written via fd', () => {
    console.log(fs.readFileSync(p('g'), 'utf8'));
  });
});
