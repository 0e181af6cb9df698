// zstdCompress / zstdDecompress with callbacks and through util.promisify, one at a time.
const zlib = require('zlib');
const util = require('util');
const { text } = require('./_util');
const compressP = util.promisify(zlib.zstdCompress);
const decompressP = util.promisify(zlib.zstdDecompress);
zlib.zstdCompress(text, (err, packed) => {
  console.log('callback', err, packed.length, packed.subarray(0, 6).toString('hex'));
  zlib.zstdDecompress(packed, (err, back) => {
    console.log('back', err, back.toString() === text);
    zlib.zstdCompress(Buffer.from(text), { chunkSize: 64 }, (err, small) => {
      console.log('small chunks equal', small.equals(packed));
      zlib.zstdCompress('abc', { info: true }, (err, res) => {
        console.log('info', Object.keys(res), res.buffer.length, res.engine.bytesWritten);
        promises();
      });
    });
  });
});
async function promises() {
  const packed = await compressP(text);
  console.log('promisified', packed.length);
  console.log('promisified back', (await decompressP(packed)).toString() === text);
  try { await decompressP(Buffer.from('not zstd at all')); } catch (e) { console.log('rejects', e.code, e.errno, e.message); }
  const empty = await compressP(Buffer.alloc(0));
  console.log('empty', empty.toString('hex'), (await decompressP(empty)).length);
  const ab = await compressP(new Uint8Array([1, 2, 3]).buffer);
  console.log('arraybuffer', (await decompressP(ab)).toString('hex'));
  try { zlib.zstdCompress('x'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { zlib.zstdDecompress('x', {}, 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { zlib.zstdCompress(42, () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
}
