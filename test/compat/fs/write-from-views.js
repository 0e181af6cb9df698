// fs.write/writeSync/writeFile(Sync)/FileHandle.write take the bytes from wherever the view's memory
// lives (a SharedArrayBuffer, a Buffer readFileSync returned, a pooled Buffer slice, a Uint16Array),
// large writes at a position come out whole, and a zero-length write to a bad descriptor is EBADF.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-from-'));
const file = path.join(dir, 'out');
const digest = (b) => require('crypto').createHash('sha256').update(b).digest('hex').slice(0, 16);

for (const data of [Buffer.alloc(0), new Uint8Array(new SharedArrayBuffer(4))]) {
  try { fs.writeSync(987654, data); } catch (e) { console.log('bad fd', data.byteLength, e.code, e.syscall); }
}

const fd = fs.openSync(file, 'w+');
console.log('shared', fs.writeSync(fd, new Uint8Array(new SharedArrayBuffer(8)).fill(65), 2, 3));
fs.writeFileSync(path.join(dir, 'src'), 'hello from java memory');
const javaMemory = fs.readFileSync(path.join(dir, 'src'));
console.log('java memory', fs.writeSync(fd, javaMemory.subarray(6, 10)));
console.log('pooled slice', fs.writeSync(fd, Buffer.from('pooled bytes').subarray(3, 9)));
const big = Buffer.alloc(3 * 1024 * 1024 + 5, 'ab');
console.log('big at 20', fs.writeSync(fd, big, 1, big.length - 1, 20));
fs.closeSync(fd);
const back = fs.readFileSync(file);
console.log('size', back.length, 'head', JSON.stringify(back.subarray(0, 24).toString('latin1')), 'digest', digest(back));

fs.writeFileSync(file, new Uint16Array([1, 2, 258]));
console.log('Uint16Array', fs.readFileSync(file));
fs.writeFileSync(file, new DataView(big.buffer, big.byteOffset + 7, 5000));
console.log('DataView', fs.statSync(file).size, digest(fs.readFileSync(file)));

fs.writeFile(file, big, (err) => {
  console.log('writeFile big', err, fs.statSync(file).size, digest(fs.readFileSync(file)) === digest(big));
  fs.write(fs.openSync(file, 'r+'), new Uint8Array(new SharedArrayBuffer(3)).fill(66), 0, 3, 1, (err2, n, buf) => {
    console.log('write shared', err2, n, buf.byteLength, fs.readFileSync(file).subarray(0, 6).toString());
    (async () => {
      const fh = await fs.promises.open(file, 'r+');
      const r = await fh.write(javaMemory, 0, 5, 2);
      console.log('FileHandle.write', r.bytesWritten, r.buffer === javaMemory, (await fh.readFile()).subarray(0, 9).toString());
      await fh.close();
      fs.rmSync(dir, { recursive: true });
    })();
  });
});
