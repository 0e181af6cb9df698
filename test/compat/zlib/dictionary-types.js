const zlib = require('zlib');
const { show } = require('./_util');
const bytes = Buffer.from('dictionary bytes');
for (const [name, dictionary] of [['Buffer', bytes], ['Uint8Array', new Uint8Array(bytes)],
                                  ['ArrayBuffer', new Uint8Array(bytes).buffer],
                                  ['DataView', new DataView(new Uint8Array(bytes).buffer)],
                                  ['subarray', Buffer.from('xxdictionary bytesxx').subarray(2, 18)]]) {
  show(name, () => zlib.deflateSync('dictionary bytes!', { dictionary }));
}
for (const bad of ['string', 1, {}, [1, 2], true, null]) {
  show(String(bad), () => zlib.deflateSync('x', { dictionary: bad }));
}
