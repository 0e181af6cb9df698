// Cipheriv/Decipheriv as Transforms in a pipeline: output per chunk, final() at the end, errors in flush.
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');

const key = Buffer.alloc(32, 7);
const iv = Buffer.alloc(16, 9);
const pieces = [];
const sink = new Writable({
  write(chunk, enc, cb) { pieces.push(chunk.length); this.all = Buffer.concat([this.all || Buffer.alloc(0), chunk]); cb(); },
});
pipeline(
  Readable.from([Buffer.alloc(20, 'a'), 'tail text', Buffer.alloc(33, 'b')]),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  sink,
  (err) => {
    console.log('pipeline done', err);
    console.log('chunk sizes', pieces.join(','));
    console.log(sink.all.toString());
    gcm();
  });

function gcm() {
  const c = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16, 1), Buffer.alloc(12, 2));
  c.setAAD(Buffer.from('aad'));
  const out = [];
  c.on('data', (d) => out.push(d));
  c.on('end', () => {
    const ct = Buffer.concat(out);
    console.log('gcm', ct.toString('hex'), c.getAuthTag().toString('hex'));
    const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16, 1), Buffer.alloc(12, 2));
    d.setAAD(Buffer.from('aad'));
    d.setAuthTag(Buffer.alloc(16));
    d.on('error', (e) => { console.log('bad tag:', e.message); badPadding(); });
    d.on('data', (x) => console.log('partial plaintext', x.toString()));
    d.end(ct);
  });
  c.end('streamed secret');
}

function badPadding() {
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  d.on('error', (e) => console.log('error', e.code, e.message, e.library, e.reason));
  d.on('finish', () => console.log('finish'));
  d.end(Buffer.alloc(16, 3));
}
