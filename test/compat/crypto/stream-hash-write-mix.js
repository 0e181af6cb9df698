// Mixing update() and write() on one Hash, copy() mid-stream, and errors after the stream ended.
const crypto = require('crypto');
const h = crypto.createHash('sha1');
h.update('one ');
h.write('two ');
const copy = h.copy();
h.end('three');
h.on('finish', () => {
  console.log('finish');
  console.log('copy', copy.update('two three').digest('hex'));
  console.log('direct', crypto.createHash('sha1').update('one two three').digest('hex'));
});
h.on('data', (d) => {
  console.log('data', d.toString('hex'));
  try { h.update('more'); } catch (e) { console.log('update after', e.code); }
  h.on('error', (e) => console.log('error event', e.code));
  h.write('late', (err) => console.log('write cb', err && err.code));
});
