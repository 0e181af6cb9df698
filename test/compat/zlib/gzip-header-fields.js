const zlib = require('zlib');
const { show } = require('./_util');
// Headers with the optional fields other gzip writers set: name, comment, extra, header CRC.
const body = zlib.deflateRawSync('payload');
const trailer = Buffer.alloc(8);
trailer.writeUInt32LE(zlib.crc32('payload'), 0);
trailer.writeUInt32LE(7, 4);
function member(flags, extra) {
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flags, 1, 2, 3, 4, 0, 255]), extra, body, trailer]);
}
show('name', () => zlib.gunzipSync(member(8, Buffer.from('file.txt\0'))).toString());
show('comment', () => zlib.gunzipSync(member(16, Buffer.from('a comment\0'))).toString());
show('extra', () => zlib.gunzipSync(member(4, Buffer.from([3, 0, 1, 2, 3]))).toString());
show('name+comment', () => zlib.gunzipSync(member(24, Buffer.from('n\0c\0'))).toString());
show('text flag', () => zlib.gunzipSync(member(1, Buffer.alloc(0))).toString());
show('unzip name', () => zlib.unzipSync(member(8, Buffer.from('x\0'))).toString());
