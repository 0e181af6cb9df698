// Several MB each way through an echo server: write() reports back-pressure, 'drain' follows, and
// every byte arrives in order (SHA-256 of what was sent equals that of what came back).
'use strict';
const net = require('net');
const crypto = require('crypto');

const SIZE = 8 * 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 7 + (i >> 13)) & 0xff;
const sent = crypto.createHash('sha256').update(data).digest('hex');

let serverBytes = 0;
const server = net.createServer((sock) => {
  sock.on('data', (d) => { serverBytes += d.length; });
  sock.pipe(sock);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const hash = crypto.createHash('sha256');
  let received = 0;
  let falseWrites = 0;
  let drains = 0;
  client.on('drain', () => drains++);
  client.on('data', (d) => {
    hash.update(d);
    received += d.length;
    if (received === SIZE) client.end();
  });
  client.on('connect', () => {
    const CHUNK = 256 * 1024;
    let offset = 0;
    function writeMore() {
      while (offset < SIZE) {
        const ok = client.write(data.subarray(offset, offset + CHUNK));
        offset += CHUNK;
        if (!ok) {
          falseWrites++;
          client.once('drain', writeMore);
          return;
        }
      }
    }
    writeMore();
  });
  client.on('close', () => {
    console.log('received', received, 'server saw', serverBytes);
    console.log('checksums equal', hash.digest('hex') === sent);
    console.log('back-pressure seen', falseWrites > 0, 'drains', drains > 0);
    console.log('bytesWritten', client.bytesWritten, 'bytesRead', client.bytesRead);
    server.close();
  });
});
