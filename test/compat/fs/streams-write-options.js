'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), '0123456789');
const ws = fs.createWriteStream(p('f'), { flags: 'r+', start: 2 });
console.log(ws.pending, ws.bytesWritten, ws.start);
ws.on('open', () => console.log('open'));
ws.on('ready', () => console.log('ready'));
ws.write('ab');
ws.write(Buffer.from('cd'));
ws.end(() => {
  console.log('end cb', ws.bytesWritten, fs.readFileSync(p('f'), 'utf8'));
});
ws.on('finish', () => console.log('finish'));
ws.on('close', () => {
  console.log('close');
  const ws2 = fs.createWriteStream(p('g'), { flush: true, encoding: 'hex' });
  ws2.end('414243', () => console.log('hex', fs.readFileSync(p('g'), 'utf8')));
});
