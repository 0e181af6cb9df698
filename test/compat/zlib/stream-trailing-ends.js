const zlib = require('zlib');
// Data after the end of a deflate stream ends the readable side early.
const s = zlib.createInflate();
const out = [];
s.on('data', (c) => out.push(c.toString()));
s.on('end', () => console.log('end', out.join('')));
s.on('finish', () => console.log('finish'));
s.write(Buffer.concat([zlib.deflateSync('first'), Buffer.from('junk')]));
s.end();
