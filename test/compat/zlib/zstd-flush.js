// flush() on a zstd stream: ZSTD_e_flush by default, e_end closes the frame, after end; reset().
const zlib = require('zlib');
const C = zlib.constants;
const s = zlib.createZstdCompress();
const got = [];
s.on('data', (c) => got.push(c));
const take = () => { const b = Buffer.concat(got); got.length = 0; return b.toString('hex'); };
s.write('hello ');
s.flush(() => {
  console.log('flush', take());
  s.write('world');
  s.flush(C.ZSTD_e_continue, () => {
    console.log('continue', JSON.stringify(take()));
    s.flush(C.ZSTD_e_flush, () => {
      console.log('e_flush', take());
      s.flush(C.ZSTD_e_end, () => {
        console.log('e_end', take());
        s.write('second frame');
        s.end();
      });
    });
  });
});
s.on('end', () => {
  console.log('end', take());
  s.flush(() => {
    console.log('flush after end', s.writableFinished);
    decoderFlush();
  });
});
function decoderFlush() {
  const whole = zlib.zstdCompressSync('decoded while flushing '.repeat(10));
  const d = zlib.createZstdDecompress();
  const out = [];
  d.on('data', (c) => out.push(c.toString()));
  d.write(whole.subarray(0, 10));
  d.flush(() => {
    console.log('decoder partial', out.join('').length);
    d.end(whole.subarray(10));
  });
  d.on('end', () => {
    console.log('decoder end', out.join('').length);
    resetAndChunk();
  });
}
function resetAndChunk() {
  const e = zlib.createZstdCompress({ params: { [C.ZSTD_c_checksumFlag]: 1 }, chunkSize: 64 });
  const parts = [];
  e.on('data', (c) => parts.push(c));
  e.write('abc');
  e.flush(C.ZSTD_e_end, () => {
    console.log('with checksum', Buffer.concat(parts).toString('hex'));
    parts.length = 0;
    // Node's reset makes a new context: the pledged size stays, the params do not.
    e.reset();
    e.write('abc');
    e.flush(C.ZSTD_e_end, () => {
      console.log('after reset', Buffer.concat(parts).toString('hex'));
      parts.length = 0;
      const rnd = Buffer.alloc(1000);
      for (let i = 0; i < rnd.length; i++) rnd[i] = (i * 2654435761) >>> 24;
      e.end(rnd);
    });
  });
  e.on('end', () => console.log('pieces of at most 64', parts.map((p) => p.length).join(',')));
}
