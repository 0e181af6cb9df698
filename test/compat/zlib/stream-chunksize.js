const zlib = require('zlib');
const input = Buffer.alloc(3000);
let x = 7;
for (let i = 0; i < input.length; i++) { x = (x * 69069 + 1) >>> 0; input[i] = x >>> 24; }
const sizesList = [64, 100, 1024];
function next() {
  const chunkSize = sizesList.shift();
  if (chunkSize === undefined) return;
  const s = zlib.createDeflate({ chunkSize });
  const sizes = [];
  s.on('data', (c) => sizes.push(c.length));
  s.on('end', () => { console.log(chunkSize, sizes.join(',')); next(); });
  s.end(input);
}
next();
