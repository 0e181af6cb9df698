'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
(async () => {
  const fh = await fsp.open(p('f'), 'w+');
  const w = await fh.writev([Buffer.from('ab'), Buffer.from('cde')], 0);
  console.log(w.bytesWritten, w.buffers.length);
  const bufs = [Buffer.alloc(1), Buffer.alloc(3), Buffer.alloc(4)];
  const r = await fh.readv(bufs, 0);
  console.log(r.bytesRead, bufs.map(String));
  await fh.close();
  for (const fn of [() => fh.readv([]), () => fh.writev([]), () => fh.truncate(), () => fh.sync(), () => fh.chmod(0o600), () => fh.write('x')]) {
    await attemptAsync('closed', fn);
  }
})();
