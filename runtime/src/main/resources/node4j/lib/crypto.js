'use strict';
// node:crypto — Node's public crypto API over internalBinding('crypto') (JCA underneath).

const { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/kdf');
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

module.exports = {
  // Hashes and MACs
  createHash, createHmac, hash, getHashes, Hash, Hmac,
  // Key derivation
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync,
  // Randomness
  randomBytes: random.randomBytes, pseudoRandomBytes: random.randomBytes, prng: random.randomBytes,
  rng: random.randomBytes, randomFill: random.randomFill, randomFillSync: random.randomFillSync,
  randomInt: random.randomInt, randomUUID: random.randomUUID,
  getRandomValues: (array) => web.webcrypto.getRandomValues(array),
  // Ciphers
  createCipheriv, createDecipheriv, Cipheriv, Decipheriv, getCiphers, getCipherInfo,
  // Keys, signatures, key agreement
  ...keys.publicApi,
  sign: sig.sign, verify: sig.verify, createSign: sig.createSign, createVerify: sig.createVerify,
  Sign: sig.Sign, Verify: sig.Verify, publicEncrypt: sig.publicEncrypt, privateDecrypt: sig.privateDecrypt,
  privateEncrypt: sig.privateEncrypt, publicDecrypt: sig.publicDecrypt, diffieHellman: sig.diffieHellman,
  createECDH: sig.createECDH, ECDH: sig.ECDH, getCurves: sig.getCurves,
  timingSafeEqual, constants, getFips, setFips,
  createDiffieHellman: dh.createDiffieHellman, DiffieHellman: dh.DiffieHellman,
  getDiffieHellman: dh.getDiffieHellman, createDiffieHellmanGroup: dh.getDiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  checkPrime: prime.checkPrime, checkPrimeSync: prime.checkPrimeSync, generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  X509Certificate: require('internal/crypto/x509').X509Certificate,
  // Web Crypto
  webcrypto: web.webcrypto, subtle: web.subtle,
};
