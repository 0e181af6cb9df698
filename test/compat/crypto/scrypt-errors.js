// scrypt argument errors and the memory limit.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
attempt('N not power of 2', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
attempt('N too big for maxmem', () => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
attempt('maxmem small', () => crypto.scryptSync('p', 's', 16, { N: 1024, r: 8, maxmem: 1024 }));
attempt('N and cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
attempt('r and blockSize', () => crypto.scryptSync('p', 's', 16, { r: 1, blockSize: 1 }));
attempt('p and parallelization', () => crypto.scryptSync('p', 's', 16, { p: 1, parallelization: 1 }));
attempt('N type', () => crypto.scryptSync('p', 's', 16, { N: '16' }));
attempt('maxmem negative', () => crypto.scryptSync('p', 's', 16, { maxmem: -1 }));
attempt('keylen', () => crypto.scryptSync('p', 's', -1));
attempt('password', () => crypto.scryptSync(5, 's', 16));
attempt('callback', () => crypto.scrypt('p', 's', 16));
