// Seed: 001_6131f5489183c113.txt (dev.to), "B. Thread Pool (built into libuv): Node uses 4 background
// threads by default (can increase). Used for: File system (fs.readFile), DNS lookup, Compression, Crypto
// (e.g. bcrypt)". One task of each kind runs on the pool; results print once all are back (their
// completion order is not deterministic).
'use strict';
const fs = require('fs');
const dns = require('dns');
const zlib = require('zlib');
const crypto = require('crypto');

const results = {};
let pending = 4;
function done(name, value) {
  results[name] = value;
  if (--pending === 0) {
    for (const k of Object.keys(results).sort()) console.log(k + ':', results[k]);
  }
}
fs.readFile(__filename, 'utf8', (err, text) => done('fs.readFile', err ? err.code : text.startsWith('// Seed')));
dns.lookup('127.0.0.1', (err, address, family) => done('dns.lookup', err ? err.code : `${address} IPv${family}`));
zlib.gzip('hello '.repeat(100), (err, gz) => {
  if (err) return done('zlib.gzip', err.code);
  zlib.gunzip(gz, (err2, back) => done('zlib.gzip', err2 ? err2.code : `${back.length} bytes round trip`));
});
crypto.pbkdf2('secret', 'salt', 1000, 16, 'sha256', (err, key) => done('crypto.pbkdf2', err ? err.code : key.toString('hex')));
console.log('four tasks handed to the thread pool');
