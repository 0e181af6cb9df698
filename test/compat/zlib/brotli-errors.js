const zlib = require('zlib');
const { show } = require('./_util');
show('truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello hello hello brotli').subarray(0, 5)));
show('empty', () => zlib.brotliDecompressSync(Buffer.alloc(0)));
show('bad param id', () => zlib.brotliCompressSync('x', { params: { 99: 1 } }));
show('bad param key', () => zlib.brotliCompressSync('x', { params: { foo: 1 } }));
show('negative key', () => zlib.brotliCompressSync('x', { params: { '-1': 1 } }));
show('string value', () => zlib.brotliCompressSync('x', { params: { 1: 'x' } }));
show('clamped quality', () => zlib.brotliCompressSync('x', { params: { 1: 100 } }));
show('params not object', () => zlib.brotliCompressSync('x', { params: 5 }));
show('flush range', () => zlib.brotliCompressSync('x', { flush: 5 }));
show('finishFlush range', () => zlib.brotliCompressSync('x', { finishFlush: -1 }));
show('chunkSize', () => zlib.brotliCompressSync('x', { chunkSize: 1 }));
try {
  zlib.brotliDecompressSync(Buffer.from('not brotli at all'));
} catch (e) {
  console.log('corrupt', e.name, e.message);
}
