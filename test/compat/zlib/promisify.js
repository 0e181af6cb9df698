const zlib = require('zlib');
const { promisify } = require('util');
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
(async () => {
  const g = await gzip('promised');
  console.log(g.toString('hex'));
  console.log((await gunzip(g)).toString());
  try {
    await gunzip(Buffer.from('nope'));
  } catch (e) {
    console.log(e.code, e.errno, e.message);
  }
})();
