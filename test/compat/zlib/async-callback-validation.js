const zlib = require('zlib');
for (const cb of [undefined, null, 1, 'x', {}]) {
  try {
    zlib.deflate('x', cb);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    zlib.gunzip('x', {}, cb);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
