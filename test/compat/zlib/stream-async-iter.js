const zlib = require('zlib');
(async () => {
  const g = zlib.createGzip();
  g.end('iterate me '.repeat(50));
  const parts = [];
  for await (const chunk of g) parts.push(chunk);
  const packed = Buffer.concat(parts);
  console.log(zlib.gunzipSync(packed).toString().length);
})();
