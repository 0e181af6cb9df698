const zlib = require('zlib');
const cases = [['inflate', Buffer.from('garbage')], ['gunzip', Buffer.from('garbage!!')],
               ['inflateRaw', Buffer.from([0xff, 0xff])], ['unzip', Buffer.from('zz')],
               ['gunzip', Buffer.alloc(0)], ['inflate', zlib.deflateSync('cut me').subarray(0, 6)]];
let i = 0;
function next() {
  if (i === cases.length) return;
  const [fn, input] = cases[i++];
  zlib[fn](input, (err, out) => {
    console.log(fn, err.name, err.code, err.errno, err.message, out, Object.keys(err));
    next();
  });
}
next();
