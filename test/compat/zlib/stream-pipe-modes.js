const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const input = Buffer.from('pipe mode '.repeat(1000));
const modes = [['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'],
               ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip']];
let i = 0;
function next() {
  if (i === modes.length) return;
  const [c, d] = modes[i++];
  const out = [];
  pipeline(Readable.from([input.subarray(0, 3000), input.subarray(3000)]), zlib[c](), zlib[d](),
    new Writable({ write(chunk, e, cb) { out.push(chunk); cb(); } }), (err) => {
      console.log(c, d, err, Buffer.concat(out).equals(input));
      next();
    });
}
next();
