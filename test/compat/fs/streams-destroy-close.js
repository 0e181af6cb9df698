'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'x'.repeat(1000));
const rs = fs.createReadStream(p('f'), { highWaterMark: 10 });
rs.once('data', () => {
  rs.close((err) => console.log('closed cb', err && err.code));
});
rs.on('close', () => {
  console.log('close', rs.destroyed, rs.bytesRead <= 1000);
  const rs2 = fs.createReadStream(p('f'), { emitClose: false });
  rs2.on('close', () => console.log('should not emit'));
  rs2.resume();
  rs2.on('end', () => console.log('end without close event'));
});
console.log(fs.ReadStream === fs.createReadStream(p('f')).constructor, typeof fs.WriteStream);
