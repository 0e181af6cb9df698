'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
(async () => {
  await fsp.writeFile(p('f'), 'text');
  console.log(await fsp.readFile(p('f'), 'utf8'));
  await fsp.writeFile(p('f'), Buffer.from([1, 2]));
  console.log(await fsp.readFile(p('f')));
  await fsp.writeFile(p('f'), ['a', Buffer.from('b'), 'c']);
  console.log(await fsp.readFile(p('f'), { encoding: 'utf8' }));
  async function* gen() { yield 'x'; yield 'y'; }
  await fsp.writeFile(p('f'), gen());
  console.log(await fsp.readFile(p('f'), 'utf8'));
  const { Readable } = require('stream');
  await fsp.writeFile(p('f'), Readable.from(['s1', 's2']));
  console.log(await fsp.readFile(p('f'), 'utf8'));
  await attemptAsync('bad data', () => fsp.writeFile(p('f'), 5));
  const fh = await fsp.open(p('f'), 'r');
  console.log(await fsp.readFile(fh, 'utf8'));
  await fh.close();
})();
