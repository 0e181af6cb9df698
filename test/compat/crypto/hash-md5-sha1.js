// md5-sha1 (MD5 then SHA-1 of the same input): digests of empty, short, block-boundary, 1 MB and chunked input, in every output encoding.
const crypto = require('crypto');
const algo = 'md5-sha1';
const h = (data) => crypto.createHash(algo).update(data).digest('hex');
console.log('empty', h(''));
console.log('abc', h('abc'));
console.log('quick fox', h('The quick brown fox jumps over the lazy dog'));
for (const n of [55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 255, 256, 257]) console.log(n, h('x'.repeat(n)));
const mb = Buffer.alloc(1 << 20);
for (let i = 0; i < mb.length; i++) mb[i] = (i * 31 + (i >> 8)) & 0xff;
console.log('1MB', h(mb));
const chunked = crypto.createHash(algo);
for (let off = 0, step = 1; off < mb.length; off += step, step = (step * 7 + 3) % 4099 + 1) {
  chunked.update(mb.subarray(off, Math.min(mb.length, off + step)));
}
console.log('1MB chunked', chunked.digest('hex'));
console.log('one-shot', crypto.hash(algo, 'abc'), crypto.hash(algo, mb, 'base64'));
const d = crypto.createHash(algo).update('enc');
console.log('base64', crypto.createHash(algo).update('enc').digest('base64'));
console.log('base64url', crypto.createHash(algo).update('enc').digest('base64url'));
console.log('latin1 length', crypto.createHash(algo).update('enc').digest('latin1').length);
console.log('buffer', d.digest().length);
console.log('utf16 input', h(Buffer.from('h\u00e9llo \u2603', 'utf16le')), crypto.createHash(algo).update('h\u00e9llo \u2603', 'utf8').digest('hex'));
