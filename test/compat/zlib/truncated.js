const zlib = require('zlib');
const { show } = require('./_util');
const input = 'truncate me '.repeat(40);
const forms = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
               ['gzipSync', 'unzipSync']];
for (const [c, d] of forms) {
  const full = zlib[c](input);
  for (const cut of [1, 2, 5, 10, full.length - 4, full.length - 1]) {
    show(`${d} ${cut}/${full.length}`, () => zlib[d](full.subarray(0, cut)).length);
  }
}
