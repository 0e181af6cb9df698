const zlib = require('zlib');
const packed = zlib.deflateSync('some text that will be cut short, some text');
const s = zlib.createInflate();
const out = [];
s.on('data', (c) => out.push(c));
s.on('error', (e) => console.log('error', e.code, e.errno, e.message, Buffer.concat(out).length >= 0));
s.on('close', () => console.log('close'));
s.end(packed.subarray(0, packed.length - 6));
