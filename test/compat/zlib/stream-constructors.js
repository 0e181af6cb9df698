const zlib = require('zlib');
const { Transform } = require('stream');
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  const a = new zlib[name]();
  const b = zlib[name]();
  const c = zlib[`create${name}`]({});
  console.log(name, a instanceof zlib[name], b instanceof zlib[name], c instanceof zlib[name],
              a instanceof Transform, a.constructor.name, typeof a.params, typeof a.flush, typeof a.close,
              Object.getPrototypeOf(zlib[name].prototype) === Object.getPrototypeOf(zlib.Deflate.prototype));
  a.destroy(); b.destroy(); c.destroy();
}
