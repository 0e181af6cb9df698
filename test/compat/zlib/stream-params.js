const zlib = require('zlib');
const s = zlib.createDeflate({ level: 0 });
const out = [];
s.on('data', (c) => out.push(c));
s.write('level zero data level zero data ');
s.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
  console.log('params applied', s._level, s._strategy);
  s.end('level nine data level nine data ');
});
s.on('end', () => {
  const all = Buffer.concat(out);
  console.log(all.toString('hex'));
  console.log(zlib.inflateSync(all).toString());
});
