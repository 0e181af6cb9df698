const zlib = require('zlib');
const s = zlib.createGunzip();
const events = [];
s.on('data', () => events.push('data'));
s.on('end', () => events.push('end'));
s.on('error', (e) => {
  events.push('error');
  console.log(e.name, e.code, e.errno, e.message, Object.keys(e));
});
s.on('close', () => {
  events.push('close');
  console.log(events.join(','), s.destroyed);
});
s.write(Buffer.from('this is not gzip'));
