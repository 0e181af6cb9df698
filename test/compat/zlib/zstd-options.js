// Bad options for the zstd classes and functions: Node's codes, names and messages, in Node's order.
const zlib = require('zlib');
const C = zlib.constants;
function show(label, fn) {
  try {
    fn();
    console.log(label, 'accepted');
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.stack.split('\n')[0]);
  }
}
const mk = (opts) => () => new zlib.ZstdCompress(opts).destroy();
const mkd = (opts) => () => new zlib.ZstdDecompress(opts).destroy();
for (const key of ['-1', '403', '999', '1000', '100.5', 'foo', 'NaN', '1e2', ' 101', '0x64', '']) {
  show(`compress key ${JSON.stringify(key)}`, mk({ params: { [key]: 1 } }));
}
for (const key of ['0', '99', '100', '101', '102', '1000', 'x']) {
  show(`decompress key ${JSON.stringify(key)}`, mkd({ params: { [key]: 20 } }));
}
for (const key of [0, 1, 99, 108, 159, 165, 199, 203, 300, 399]) {
  show(`compress unknown id ${key}`, mk({ params: { [key]: 1 } }));
}
for (const value of ['5', null, undefined, 5n, {}, [3], Symbol('s')]) {
  show(`value ${typeof value}`, mk({ params: { [C.ZSTD_c_compressionLevel]: value } }));
}
show('value -1 means unset', () => console.log(zlib.zstdCompressSync('aaaa', { params: { 101: -1 } }).toString('hex')));
show('value 2**32-1 means unset', () => console.log(zlib.zstdCompressSync('aaaa', { params: { 101: 2 ** 32 - 1 } }).toString('hex')));
show('params string', mk({ params: 'abc' }));
show('params number', mk({ params: 5 }));
show('params null', mk({ params: null }));
show('params array', mk({ params: [1] }));
show('key checked before value', mk({ params: { 403: 'x' } }));
show('params before pledgedSrcSize', mk({ params: { 403: 1 }, pledgedSrcSize: 'x' }));
show('pledgedSrcSize before library', mk({ params: { 0: 1 }, pledgedSrcSize: 'x' }));
show('params before chunkSize', mk({ params: { 0: 1 }, chunkSize: 1 }));
show('chunkSize 63', mk({ chunkSize: 63 }));
show('chunkSize string', mk({ chunkSize: '100' }));
show('chunkSize NaN', mk({ chunkSize: NaN }));
show('flush 3', mk({ flush: 3 }));
show('flush -1', mk({ flush: -1 }));
show('flush 2', mk({ flush: C.ZSTD_e_end }));
show('finishFlush 5', mkd({ finishFlush: 5 }));
show('finishFlush string', mkd({ finishFlush: '1' }));
show('maxOutputLength 0', mk({ maxOutputLength: 0 }));
show('maxOutputLength 2**53', mk({ maxOutputLength: 2 ** 53 }));
show('maxOutputLength string', mk({ maxOutputLength: '10' }));
show('level option is zlib\'s, ignored', () => zlib.zstdCompressSync('x', { level: 100, windowBits: 3 }));
show('options string', () => zlib.zstdCompressSync('x', 'opts'));
show('options number', () => zlib.zstdCompressSync('x', 7));
show('sync with bad params', () => zlib.zstdDecompressSync('x', { params: { 101: 1 } }));
show('callback with bad params', () => zlib.zstdCompress('x', { params: { 500: 1 } }, () => {}));
show('create with bad params', () => zlib.createZstdCompress({ params: { 0: 1 } }));
