const zlib = require('zlib');
const { show } = require('./_util');
show('inflate + garbage', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('hi'), Buffer.from('garbage')])).toString());
show('raw + garbage', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('hi'), Buffer.from('garbage')])).toString());
show('two deflates', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('one'), zlib.deflateSync('two')])).toString());
zlib.inflate(Buffer.concat([zlib.deflateSync('async'), Buffer.from('tail')]), (err, out) => {
  console.log('async', err, out.toString());
});
