// hkdf argument errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
attempt('ikm', () => crypto.hkdfSync('sha256', 5, 's', 'i', 10));
attempt('salt', () => crypto.hkdfSync('sha256', 'k', 5, 'i', 10));
attempt('info', () => crypto.hkdfSync('sha256', 'k', 's', 5, 10));
attempt('length type', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '10'));
attempt('length too big', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
attempt('info too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10));
attempt('digest type', () => crypto.hkdfSync(5, 'k', 's', 'i', 10));
attempt('digest unknown', () => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
attempt('callback', () => crypto.hkdf('sha256', 'k', 's', 'i', 10));
console.log(crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
