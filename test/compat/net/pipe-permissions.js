// listen({ path, readableAll, writableAll }) opens the socket file to everyone; a server on a path
// can be listened on again after close (the file is gone).
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-perm-'));
const file = path.join(dir, 'p.sock');
const server = net.createServer();
server.listen({ path: file, readableAll: true, writableAll: true }, () => {
  const mode = fs.statSync(file).mode & 0o777;
  console.log('everyone may read', (mode & 0o044) === 0o044, 'and write', (mode & 0o022) === 0o022);
  server.close(() => {
    console.log('file gone', !fs.existsSync(file));
    server.listen(file, () => {
      console.log('listening again', server.address() === file);
      server.close(() => fs.rmSync(dir, { recursive: true }));
    });
  });
});
