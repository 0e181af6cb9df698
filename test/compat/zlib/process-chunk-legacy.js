const zlib = require('zlib');
const d = zlib.createDeflate();
const out = d._processChunk(Buffer.from('legacy sync'), zlib.constants.Z_FINISH);
console.log(out.toString('hex'));
const i = zlib.createInflate();
i._processChunk(out, zlib.constants.Z_FINISH, function() {
  console.log('async form called back', arguments.length);
});
i.on('data', (c) => console.log('data', c.toString()));
