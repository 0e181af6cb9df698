'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const fd = fs.openSync(p('a'), 'w+');
fs.write(fd, 'abc', (err, n, s) => {
  console.log('write string', err, n, s);
  fs.write(fd, Buffer.from('defg'), 1, 2, 3, (err, n, b) => {
    console.log('write buffer', err, n, b.toString());
    fs.read(fd, Buffer.alloc(5), 0, 5, 0, (err, n, b) => {
      console.log('read', err, n, b.toString());
      fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err, n, b) => {
        console.log('read options', err, n, b.toString());
        fs.read(fd, Buffer.alloc(2), { position: 3 }, (err, n, b) => {
          console.log('read buffer+options', err, n, b.toString());
          fs.read(fd, (err, n, b) => {
            console.log('read default', err, n, b.length);
            fs.close(fd, (err) => console.log('closed', err));
          });
        });
      });
    });
  });
});
