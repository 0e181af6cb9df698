'use strict';
// crypto.argon2 / argon2Sync (RFC 9106): the RFC's test vectors for all three variants, other shapes of
// input (strings, views, ArrayBuffers, empty secret), tag lengths around the 64-byte boundary of H',
// memory that is not a multiple of 4 × parallelism, and every parameter check in Node's order.
const crypto = require('crypto');

const rfc = {
  message: Buffer.alloc(32, 1), nonce: Buffer.alloc(16, 2), secret: Buffer.alloc(8, 3),
  associatedData: Buffer.alloc(12, 4), parallelism: 4, tagLength: 32, memory: 32, passes: 3,
};
for (const algorithm of ['argon2d', 'argon2i', 'argon2id']) {
  const tag = crypto.argon2Sync(algorithm, rfc);
  console.log(algorithm, tag.toString('hex'), Buffer.isBuffer(tag), tag.length);
}
const ok = { message: 'password', nonce: Buffer.alloc(16, 2), parallelism: 4, tagLength: 32, memory: 32, passes: 3 };
const shapes = [
  ['argon2id', { message: '', nonce: new Uint8Array(8), parallelism: 1, tagLength: 4, memory: 8, passes: 1 }],
  ['argon2i', { message: 'pw', nonce: 'saltsalt', parallelism: 3, tagLength: 100, memory: 50, passes: 2 }],
  ['argon2d', { message: new ArrayBuffer(3), nonce: new DataView(new ArrayBuffer(9)), parallelism: 2, tagLength: 65,
                memory: 17, passes: 1 }],
  ['argon2id', { ...ok, tagLength: 64 }], ['argon2id', { ...ok, tagLength: 96 }], ['argon2id', { ...ok, tagLength: 97 }],
  ['argon2id', { ...ok, memory: 45 }], ['argon2id', { ...ok, secret: Buffer.alloc(0), associatedData: '' }],
  ['argon2d', { ...ok, memory: 300, passes: 2, parallelism: 1 }],
  ['argon2i', { ...ok, memory: 600, passes: 1, parallelism: 2 }], // more than 128 addresses per segment
];
for (const [algorithm, parameters] of shapes) {
  console.log(algorithm, crypto.argon2Sync(algorithm, parameters).toString('hex'));
}

const bad = [
  ['argon2x', ok], [1, ok], ['argon2id', null], ['argon2id', 'x'], ['argon2id', [1]],
  ['argon2id', { ...ok, message: 1 }], ['argon2id', { ...ok, message: undefined }],
  ['argon2id', { ...ok, nonce: Buffer.alloc(7) }], ['argon2id', { ...ok, nonce: new ArrayBuffer(4) }],
  ['argon2id', { ...ok, nonce: undefined }],
  ['argon2id', { ...ok, parallelism: 0 }], ['argon2id', { ...ok, parallelism: 2 ** 24 }],
  ['argon2id', { ...ok, parallelism: 1.5 }], ['argon2id', { ...ok, parallelism: undefined }],
  ['argon2id', { ...ok, tagLength: 3 }], ['argon2id', { ...ok, tagLength: 2 ** 32 }],
  ['argon2id', { ...ok, tagLength: 1.5 }], ['argon2id', { ...ok, tagLength: undefined }],
  ['argon2id', { ...ok, memory: 31 }], ['argon2id', { ...ok, memory: 2 ** 32 }], ['argon2id', { ...ok, memory: -1 }],
  ['argon2id', { ...ok, memory: NaN }], ['argon2id', { ...ok, memory: 7, parallelism: 1 }],
  ['argon2id', { ...ok, parallelism: 8 }],
  ['argon2id', { ...ok, passes: 0 }], ['argon2id', { ...ok, passes: 2 ** 32 }], ['argon2id', { ...ok, passes: '3' }],
  ['argon2id', { ...ok, secret: 5 }], ['argon2id', { ...ok, secret: null }], ['argon2id', { ...ok, associatedData: 5 }],
];
for (const [algorithm, parameters] of bad) {
  try {
    crypto.argon2Sync(algorithm, parameters);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
// Node's order of checks: message, nonce, parallelism, tagLength, memory, passes, secret, associatedData.
const keys = ['message', 'nonce', 'parallelism', 'tagLength', 'memory', 'passes', 'secret', 'associatedData'];
const wrong = { message: 1, nonce: 1, parallelism: 'x', tagLength: 'x', memory: 'x', passes: 'x', secret: 1,
                associatedData: 1 };
for (let i = 0; i < keys.length; i++) {
  const p = { ...ok };
  for (let j = i; j < keys.length; j++) p[keys[j]] = wrong[keys[j]];
  try { crypto.argon2Sync('argon2id', p); } catch (e) { console.log(keys[i], '->', e.message.slice(0, 45)); }
}
try { crypto.argon2('argon2id', ok); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.argon2.length, crypto.argon2Sync.length, crypto.argon2.name, crypto.argon2Sync.name);

// The callback form: one job after the other, so the output order is fixed.
const jobs = ['argon2d', 'argon2i', 'argon2id'];
(function next() {
  const algorithm = jobs.shift();
  if (algorithm === undefined) return;
  let sync = true;
  crypto.argon2(algorithm, rfc, function(err, tag) {
    console.log('async', algorithm, err, tag.toString('hex'), Buffer.isBuffer(tag), sync, arguments.length);
    next();
  });
  sync = false;
})();
