'use strict';
// Finite-field Diffie-Hellman: createDiffieHellman / DiffieHellman, getDiffieHellman / DiffieHellmanGroup
// (the MODP groups), with the arithmetic on Java's BigInteger through the binding.

const {
  ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_OPERATION_FAILED, ERR_CRYPTO_UNKNOWN_DH_GROUP, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
} = require('internal/errors').codes;
const { validateInt32 } = require('internal/validators');
const { binding, toBuffer, isView, isAnyArrayBuffer, opensslError } = require('internal/crypto/util');

const kState = Symbol('kState');
const bufferTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function Buffer() {
  return require('buffer').Buffer;
}

function isEncoding(enc) {
  return typeof enc === 'string' && (enc === 'buffer' || Buffer().isEncoding(enc));
}

function toBuf(value, encoding) {
  if (typeof value === 'string') return Buffer().from(value, encoding === 'buffer' ? 'utf8' : encoding ?? 'utf8');
  if (isAnyArrayBuffer(value)) return Buffer().from(value);
  return Buffer().from(value.buffer, value.byteOffset, value.byteLength);
}

function encode(buf, encoding) {
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function withMessage(err, message) {
  err.message = message;
  return err;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isView(sizeOrKey) &&
      !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', bufferTypes, sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  // An encoding argument that is not an encoding is the generator.
  if (keyEncoding && !isEncoding(keyEncoding)) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  let gen;
  if (!generator) {
    gen = Buffer().from([2]);
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    gen = toBuf(binding.encode(new Uint8Array(numberBytes(generator)), 'latin1'), 'latin1');
  } else if (typeof generator === 'string') {
    gen = toBuf(generator, genEncoding || 'buffer');
  } else if (isView(generator) || isAnyArrayBuffer(generator)) {
    gen = toBuf(generator);
  } else {
    throw new ERR_INVALID_ARG_TYPE('generator', bufferTypes, generator);
  }
  if (gen.every((b, i) => b === 0 || (i === gen.length - 1 && b === 1))) {
    throw opensslError('bad generator', 'Diffie-Hellman routines', '02800065', 'ERR_OSSL_DH_BAD_GENERATOR');
  }
  let prime;
  if (typeof sizeOrKey === 'number') {
    if (sizeOrKey < 512) throw withMessage(new ERR_INVALID_ARG_VALUE('sizeOrKey', sizeOrKey), 'Invalid DH parameters');
    const g = gen.length === 1 ? gen[0] : 0;
    const add = g === 2 ? new Uint8Array([24]) : g === 5 ? new Uint8Array([60]) : new Uint8Array([12]);
    const rem = g === 2 ? new Uint8Array([23]) : g === 5 ? new Uint8Array([59]) : new Uint8Array([11]);
    prime = toBuffer(binding.generatePrime(sizeOrKey, true, add, rem));
  } else {
    prime = toBuf(sizeOrKey, keyEncoding || 'buffer');
  }
  this[kState] = { prime, generator: gen, privateKey: null, publicKey: null, privateBits: 0 };
  Object.defineProperty(this, 'verifyError', {
    value: binding.dhCheck(prime, gen), enumerable: true, writable: false, configurable: false,
  });
}

function numberBytes(n) {
  const out = [];
  for (let v = n >>> 0; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return out.length === 0 ? [0] : out;
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    const err = new ERR_INVALID_ARG_TYPE('name', 'string', name);
    err.message = 'Group name must be a string';
    throw err;
  }
  const group = name.toLowerCase();
  const prime = binding.dhGroup(group);
  if (prime == null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kState] = {
    prime: toBuffer(prime), generator: Buffer().from([2]), privateKey: null, publicKey: null,
    privateBits: binding.dhGroupPrivateBits(group),
  };
  Object.defineProperty(this, 'verifyError', { value: 0, enumerable: true, writable: false, configurable: false });
}

function generateKeys(encoding) {
  const s = this[kState];
  if (s.privateKey === null) s.privateKey = toBuffer(binding.dhPrivate(s.prime, s.privateBits));
  s.publicKey = toBuffer(binding.modPow(s.generator, s.privateKey, s.prime, false));
  return encode(s.publicKey, encoding);
}

function computeSecret(key, inEnc, outEnc) {
  const s = this[kState];
  const peer = toBuf(validKey(key, inEnc, 'key'), inEnc);
  if (s.privateKey === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to compute shared secret');
  const check = binding.dhPeerCheck(s.prime, peer);
  if (check !== 0) {
    throw withMessage(new ERR_CRYPTO_INVALID_KEYLEN(), check < 0 ? 'Supplied key is too small' : 'Supplied key is too large');
  }
  return encode(toBuffer(binding.modPow(peer, s.privateKey, s.prime, true)), outEnc);
}

function validKey(key, encoding, name) {
  if (typeof key === 'string' || isView(key) || isAnyArrayBuffer(key)) return key;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
}

function getter(field, missing) {
  return function get(encoding) {
    const value = this[kState][field];
    if (value === null) throw withMessage(new ERR_CRYPTO_INVALID_STATE(), missing);
    return encode(value, encoding);
  };
}

for (const ctor of [DiffieHellman, DiffieHellmanGroup]) {
  const proto = ctor.prototype;
  proto.generateKeys = generateKeys;
  proto.computeSecret = computeSecret;
  proto.getPrime = getter('prime');
  proto.getGenerator = getter('generator');
  proto.getPublicKey = getter('publicKey', 'No public key - did you forget to generate one?');
  proto.getPrivateKey = getter('privateKey', 'No private key - did you forget to generate one?');
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kState].publicKey = toBuf(validKey(key, encoding, 'key'), encoding);
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kState].privateKey = toBuf(validKey(key, encoding, 'key'), encoding);
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = { DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman };
