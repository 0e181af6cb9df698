'use strict';
// node:crypto — Node's public crypto API over internalBinding('crypto') (JCA underneath).

const { ERR_CRYPTO_ENGINE_UNKNOWN, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE } =
  require('internal/errors').codes;
const { validateNumber, validateString } = require('internal/validators');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, argon2, argon2Sync } = require('internal/crypto/kdf');
const random = require('internal/crypto/random');
const { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo } =
  require('internal/crypto/cipher');
const { isView, isAnyArrayBuffer } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');
const sig = require('internal/crypto/sig');
const web = require('internal/crypto/webcrypto');
const dh = require('internal/crypto/diffiehellman');
const prime = require('internal/crypto/prime');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function bytesOf(value, name) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

// Compares every byte whatever the first difference, so the time taken says nothing of where it is.
function timingSafeEqual(buf1, buf2) {
  const a = bytesOfStrict(buf1, 'buf1');
  const b = bytesOfStrict(buf2, 'buf2');
  if (a.length !== b.length) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function bytesOfStrict(value, name) {
  if (!isAnyArrayBuffer(value) && !isView(value)) {
    const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
    err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
    throw err;
  }
  return bytesOf(value, name);
}

// The shared constants object (the constants module reads it too); defaultCipherList joins it when
// this module loads, as in Node.
const constants = require('internal/crypto/constants');
constants.defaultCipherList = constants.defaultCoreCipherList;

function getFips() {
  return 0;
}

function setFips(value) {
  if (value) {
    const { opensslError } = require('internal/crypto/util');
    throw opensslError('fips mode not supported', 'crypto', '0', 'ERR_CRYPTO_FIPS_FORCED');
  }
}

// OpenSSL engines: node4j's crypto is the JDK's, so selecting one of the engines Node's OpenSSL has
// built in changes nothing; any other id is unknown, as it is to Node.
const builtinEngines = ['dynamic', 'padlock', 'rdrand'];

function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags !== undefined) validateNumber(flags, 'flags');
  if (!builtinEngines.includes(id)) throw new ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

// No secure heap (--secure-heap is not supported): what Node reports without one.
function secureHeapUsed() {
  return { total: 0, used: 0, utilization: NaN, min: 2 };
}

// crypto.fips: the deprecated accessor pair over getFips/setFips (one DEP0093 warning for both).
let fipsWarned = false;
function warnFips(instead) {
  if (fipsWarned) return;
  fipsWarned = true;
  process.emitWarning(`The crypto.fips is deprecated. Please use crypto.${instead}()`, 'DeprecationWarning',
                      'DEP0093');
}

module.exports = {
  // Hashes and MACs
  createHash, createHmac, hash, getHashes, Hash, Hmac,
  // Key derivation
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, argon2, argon2Sync,
  // Randomness
  randomBytes: random.randomBytes, pseudoRandomBytes: random.randomBytes, prng: random.randomBytes,
  rng: random.randomBytes, randomFill: random.randomFill, randomFillSync: random.randomFillSync,
  randomInt: random.randomInt, randomUUID: random.randomUUID, randomUUIDv7: random.randomUUIDv7,
  getRandomValues: (array) => web.webcrypto.getRandomValues(array),
  // Ciphers
  createCipheriv, createDecipheriv, Cipheriv, Decipheriv, getCiphers, getCipherInfo,
  // Keys, signatures, key agreement
  ...keys.publicApi,
  sign: sig.sign, verify: sig.verify, createSign: sig.createSign, createVerify: sig.createVerify,
  Sign: sig.Sign, Verify: sig.Verify, publicEncrypt: sig.publicEncrypt, privateDecrypt: sig.privateDecrypt,
  privateEncrypt: sig.privateEncrypt, publicDecrypt: sig.publicDecrypt, diffieHellman: sig.diffieHellman,
  createECDH: sig.createECDH, ECDH: sig.ECDH, getCurves: sig.getCurves,
  timingSafeEqual, constants, getFips, setFips, setEngine, secureHeapUsed,
  createDiffieHellman: dh.createDiffieHellman, DiffieHellman: dh.DiffieHellman,
  getDiffieHellman: dh.getDiffieHellman, createDiffieHellmanGroup: dh.getDiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  checkPrime: prime.checkPrime, checkPrimeSync: prime.checkPrimeSync, generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  encapsulate: require('internal/crypto/kem').encapsulate,
  decapsulate: require('internal/crypto/kem').decapsulate,
  Certificate: require('internal/crypto/certificate').Certificate,
  X509Certificate: require('internal/crypto/x509').X509Certificate,
  // Web Crypto
  webcrypto: web.webcrypto, subtle: web.subtle,
};

Object.defineProperty(module.exports, 'fips', {
  get() {
    warnFips('getFips');
    return getFips();
  },
  set(value) {
    warnFips('setFips');
    setFips(value);
  },
  enumerable: false,
  configurable: false,
});
