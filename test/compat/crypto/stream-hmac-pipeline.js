// Hmac in stream.pipeline with a Readable of many chunks; the same MAC as update().
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');
const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(1000, i));
const h = crypto.createHmac('sha384', Buffer.from('secret'));
let mac;
pipeline(Readable.from(chunks), h, new Writable({ write(c, e, cb) { mac = c.toString('hex'); cb(); } }), (err) => {
  console.log('done', err);
  const direct = crypto.createHmac('sha384', Buffer.from('secret'));
  for (const c of chunks) direct.update(c);
  console.log(mac === direct.digest('hex'), mac.length);
});
