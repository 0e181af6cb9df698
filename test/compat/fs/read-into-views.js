// fs.read/readSync/readv/FileHandle.read fill the caller's memory wherever it lives: a Buffer slice of
// the pool (non-zero byteOffset), other typed arrays and DataViews, a SharedArrayBuffer, and a Buffer
// that readFileSync returned (memory a binding filled).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-into-'));
const file = path.join(dir, 'data');
const bytes = Buffer.alloc(300);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 3) & 0xff;
fs.writeFileSync(file, bytes);
const fd = fs.openSync(file, 'r');
const hex = (view) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('hex');

const pooled = Buffer.from('0123456789abcdef');
console.log('pooled offset > 0:', pooled.byteOffset > 0 || pooled.buffer.byteLength > pooled.length);
console.log('readSync into pooled', fs.readSync(fd, pooled, 4, 8, 10), pooled.toString('hex'));

const u16 = new Uint16Array(new ArrayBuffer(40), 8, 8);
console.log('readSync into Uint16Array', fs.readSync(fd, u16, 2, 10, 0), hex(u16));

const dv = new DataView(new ArrayBuffer(32), 5, 20);
console.log('readSync into DataView', fs.readSync(fd, dv, { position: 290 }), hex(dv));

const shared = new Uint8Array(new SharedArrayBuffer(16), 2, 12);
console.log('readSync into SharedArrayBuffer', fs.readSync(fd, shared, 0, 12, 100), hex(shared));

const fromJava = fs.readFileSync(file);
console.log('readSync into a readFileSync buffer', fs.readSync(fd, fromJava, 100, 20, 200),
            fromJava.subarray(95, 125).toString('hex'));
console.log('past the end', fs.readSync(fd, Buffer.alloc(4), 0, 4, 1000), 'zero length', fs.readSync(fd, Buffer.alloc(4), 0, 0, 0));

fs.read(fd, fromJava, 0, 16, 50, (err, n, buf) => {
  console.log('read into a readFileSync buffer', err, n, buf === fromJava, fromJava.subarray(0, 20).toString('hex'));
  const parts = [Buffer.alloc(3), new Uint8Array(new SharedArrayBuffer(5)), fs.readFileSync(file).subarray(10, 14)];
  fs.readv(fd, parts, 20, (err2, total) => {
    console.log('readv', err2, total, parts.map(hex).join(' '));
    console.log('readvSync', fs.readvSync(fd, parts, 280), parts.map(hex).join(' '));
    (async () => {
      const fh = await fs.promises.open(file);
      const target = Buffer.alloc(24).subarray(4);
      const r = await fh.read(target, 2, 10, 150);
      console.log('FileHandle.read', r.bytesRead, r.buffer === target, target.toString('hex'));
      const rv = await fh.readv([new Uint8Array(2), new Uint8Array(new SharedArrayBuffer(3))], 0);
      console.log('FileHandle.readv', rv.bytesRead, rv.buffers.map(hex).join(' '));
      await fh.close();
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true });
    })();
  });
});
