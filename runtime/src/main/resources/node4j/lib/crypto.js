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

const constants = {
  OPENSSL_VERSION_NUMBER: 805306608,
  SSL_OP_ALL: 2147485776,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TLSv1: 67108864,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: undefined,
};
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
