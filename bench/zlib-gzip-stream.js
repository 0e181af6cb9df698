// zlib streams: 100 MB through createGzip() piped into createGunzip(), written in 64 KiB chunks
// (the thread-pool path); "bench-ms" covers the whole transfer.
'use strict';
const zlib = require('zlib');
const { Readable } = require('stream');
const size = 100 * 1024 * 1024;
const chunk = Buffer.from('stream stream gzip gunzip pool thread chunk window '.repeat(1300)).subarray(0, 65536);
let sent = 0;
const source = new Readable({
  read() {
    if (sent >= size) { this.push(null); return; }
    sent += chunk.length;
    this.push(chunk);
  },
});
const start = Date.now();
let received = 0;
source.pipe(zlib.createGzip()).pipe(zlib.createGunzip())
  .on('data', (c) => { received += c.length; })
  .on('end', () => {
    console.log(received === size);
    console.log(`bench-ms: ${Date.now() - start}`);
  });
