'use strict';
// Posting fs.openAsBlob's Blobs: the Blob itself cannot be cloned (ERR_INVALID_STATE); its slices and
// Blobs made from it can, and arrive with their bytes.
const fs = require('fs');
const { p } = require('./_tmp');

fs.writeFileSync(p('t.txt'), 'hello');
(async () => {
  const b = await fs.openAsBlob(p('t.txt'));
  const { port1, port2 } = new MessageChannel();
  let received = 0;
  port2.on('message', async (m) => {
    console.log('got', m.constructor.name, m.size, await m.text());
    if (++received === 2) {
      port1.close();
      port2.close();
    }
  });
  try {
    port1.postMessage(b);
  } catch (e) {
    console.log('post', e.name, e.code, e.message);
  }
  port1.postMessage(b.slice(1, 3));
  port1.postMessage(new Blob(['a', b.slice(1, 3)]));
})();
