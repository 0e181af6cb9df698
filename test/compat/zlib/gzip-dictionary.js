const zlib = require('zlib');
const { show } = require('./_util');
// gzip has no dictionary id in its header: the dictionary only shapes the data.
const dict = Buffer.from('shared shared shared');
const g = zlib.gzipSync('shared shared text', { dictionary: dict });
console.log(g.toString('hex'));
show('gunzip with dict', () => zlib.gunzipSync(g, { dictionary: dict }).toString());
