// Each ZSTD_c_* parameter reaches libzstd: the frames match Node's byte for byte and decode back.
const zlib = require('zlib');
const crypto = require('crypto');
const C = zlib.constants;
const data = Buffer.from('zstandard parameters, zstandard windows, zstandard hashes. '.repeat(3000) +
                         'tail of the data with something else in it');
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 24);
function show(label, params, input = data) {
  try {
    const out = zlib.zstdCompressSync(input, { params });
    console.log(label, out.length, out.subarray(0, 8).toString('hex'), sha(out), zlib.zstdDecompressSync(out).equals(Buffer.from(input)));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('default', {});
show('checksum', { [C.ZSTD_c_checksumFlag]: 1 });
show('checksum true', { [C.ZSTD_c_checksumFlag]: true });
show('no content size', { [C.ZSTD_c_contentSizeFlag]: 0 });
show('no dict id', { [C.ZSTD_c_dictIDFlag]: 0 });
show('windowLog 10', { [C.ZSTD_c_windowLog]: 10 });
show('windowLog 27', { [C.ZSTD_c_windowLog]: 27 });
show('hashLog 12', { [C.ZSTD_c_hashLog]: 12 });
show('chainLog 14', { [C.ZSTD_c_chainLog]: 14 });
show('searchLog 3', { [C.ZSTD_c_searchLog]: 3 });
show('minMatch 7', { [C.ZSTD_c_minMatch]: 7 });
show('targetLength 64', { [C.ZSTD_c_targetLength]: 64 });
for (const s of ['ZSTD_fast', 'ZSTD_dfast', 'ZSTD_greedy', 'ZSTD_lazy', 'ZSTD_lazy2', 'ZSTD_btlazy2',
                 'ZSTD_btopt', 'ZSTD_btultra', 'ZSTD_btultra2']) {
  show(s, { [C.ZSTD_c_strategy]: C[s] });
}
show('ldm on', { [C.ZSTD_c_enableLongDistanceMatching]: 1 });
show('ldm off', { [C.ZSTD_c_enableLongDistanceMatching]: 2 });
show('level 19 + checksum + windowLog 20', {
  [C.ZSTD_c_compressionLevel]: 19, [C.ZSTD_c_checksumFlag]: 1, [C.ZSTD_c_windowLog]: 20,
});
show('overlapLog', { [C.ZSTD_c_overlapLog]: 5 });
show('level as float', { [C.ZSTD_c_compressionLevel]: 5.9 });
show('level NaN (0: default)', { [C.ZSTD_c_compressionLevel]: NaN });
show('string key', { '100': 7 });
// Values the library refuses.
show('windowLog 9', { [C.ZSTD_c_windowLog]: 9 });
show('windowLog 32', { [C.ZSTD_c_windowLog]: 32 });
show('hashLog 5', { [C.ZSTD_c_hashLog]: 5 });
show('strategy 10', { [C.ZSTD_c_strategy]: 10 });
show('minMatch 2', { [C.ZSTD_c_minMatch]: 2 });
show('ldm 3', { [C.ZSTD_c_enableLongDistanceMatching]: 3 });
show('ldmHashLog 5', { [C.ZSTD_c_ldmHashLog]: 5 });
show('ldmMinMatch 3', { [C.ZSTD_c_ldmMinMatch]: 3 });
show('ldmBucketSizeLog 9', { [C.ZSTD_c_ldmBucketSizeLog]: 9 });
show('ldmHashRateLog 26', { [C.ZSTD_c_ldmHashRateLog]: 26 });
show('ldm defaults (0)', { [C.ZSTD_c_ldmHashLog]: 0, [C.ZSTD_c_ldmMinMatch]: 0 });
// Decompression: the window limit.
const wide = zlib.zstdCompressSync(data, { params: { [C.ZSTD_c_windowLog]: 20 }, pledgedSrcSize: undefined });
for (const max of [0, 10, 17, 20, 27, 31, 32, 9]) {
  try {
    const back = zlib.zstdDecompressSync(wide, { params: { [C.ZSTD_d_windowLogMax]: max } });
    console.log('windowLogMax', max, back.length);
  } catch (e) {
    console.log('windowLogMax', max, e.name, e.code, e.errno, e.message);
  }
}
