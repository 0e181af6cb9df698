const zlib = require('zlib');
const s = zlib.createGzip();
const events = [];
for (const name of ['data', 'end', 'finish', 'close', 'error', 'prefinish']) {
  s.on(name, (x) => events.push(name === 'data' ? `data ${x.length}` : name));
}
s.write('hello ');
s.end('world');
s.on('close', () => {
  console.log(events.join(', '));
  console.log('bytesWritten', s.bytesWritten, 'destroyed', s.destroyed, '_closed', s._closed);
});
