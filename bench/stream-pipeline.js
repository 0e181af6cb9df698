'use strict';
// A Readable through two Transforms into a Writable with stream.pipeline: 1 GiB in 64 KiB chunks.
// Measures the stream machinery (buffering, backpressure, nextTick scheduling), not the bytes: the
// same chunk object travels every time, and each stage only looks at one byte of it.
const { pipeline, Readable, Transform, Writable } = require('stream');

const CHUNK = 64 * 1024;
const TOTAL = 1024 * 1024 * 1024;
const chunk = new Uint8Array(CHUNK).fill(7);

function run(done) {
  let produced = 0;
  let consumed = 0;
  let checksum = 0;
  const source = new Readable({
    read() {
      if (produced >= TOTAL) {
        this.push(null);
        return;
      }
      produced += CHUNK;
      this.push(chunk);
    },
  });
  const stage = () => new Transform({
    transform(data, encoding, cb) {
      checksum += data[0];
      cb(null, data);
    },
  });
  const sink = new Writable({
    write(data, encoding, cb) {
      consumed += data.length;
      cb();
    },
  });
  const start = process.hrtime.bigint();
  pipeline(source, stage(), stage(), sink, (err) => {
    if (err) throw err;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    done(ms, consumed, checksum);
  });
}

run((ms, bytes, checksum) => {
  console.log(`moved ${bytes / 1024 / 1024} MiB (checksum ${checksum})`);
  console.log(`bench-ms: ${ms.toFixed(1)}`);
});
