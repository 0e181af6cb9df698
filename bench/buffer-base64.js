// Buffer base64: encode a ~10 MB string into bytes (Buffer.from) and decode the bytes back into a
// string (toString), 10 rounds after 3 warm-up rounds; "bench-ms" covers the measured rounds only.
'use strict';
const size = 10 * 1024 * 1024;
const text = Buffer.alloc(size, 'varied-bytes-0123456789').toString('base64');
function round() {
  const bytes = Buffer.from(text, 'base64');
  const back = bytes.toString('base64');
  if (back.length !== text.length) throw new Error('round trip lost data');
  return bytes.length;
}
for (let i = 0; i < 3; i++) round();
const start = Date.now();
let total = 0;
for (let i = 0; i < 10; i++) total += round();
const ms = Date.now() - start;
console.log(total);
console.log(`bench-ms: ${ms}`);
