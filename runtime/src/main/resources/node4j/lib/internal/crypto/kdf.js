'use strict';
// pbkdf2, scrypt and hkdf: validated here, computed by the binding (jobs on the thread pool for the
// callback forms).

const {
  ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
  ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const {
  validateFunction, validateInt32, validateInteger, validateNumber, validateObject, validateOneOf, validateString,
  validateUint32,
} = require('internal/validators');
const { binding, toBuffer, arrayBufferOrView, byteLength, isView, isAnyArrayBuffer } = require('internal/crypto/util');

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = arrayBufferOrView(password, 'password');
  salt = arrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  const canonical = binding.digestName(digest);
  if (canonical == null || binding.isXof(canonical)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, canonical };
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  if (keylen === 0) throw new Error('Deriving bits failed');
  return toBuffer(binding.pbkdf2(a.password, a.salt, iterations, keylen, a.canonical));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  if (keylen === 0) {
    process.nextTick(callback, new Error('Deriving bits failed'));
    return;
  }
  binding.pbkdf2Job(a.password, a.salt, iterations, keylen, a.canonical, (err, bytes) => {
    if (err !== null) callback(new Error(err));
    else callback(null, toBuffer(bytes));
  });
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptArgs(password, salt, keylen, options) {
  password = arrayBufferOrView(password, 'password');
  salt = arrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const has = (k) => options[k] !== undefined;
    if (has('N')) {
      if (has('cost')) throw new ERR_INCOMPATIBLE_OPTION_PAIR('N', 'cost');
      N = options.N;
      validateUint32(N, 'N');
    }
    if (has('cost')) { N = options.cost; validateUint32(N, 'cost'); }
    if (has('r')) {
      if (has('blockSize')) throw new ERR_INCOMPATIBLE_OPTION_PAIR('r', 'blockSize');
      r = options.r;
      validateUint32(r, 'r');
    }
    if (has('blockSize')) { r = options.blockSize; validateUint32(r, 'blockSize'); }
    if (has('p')) {
      if (has('parallelization')) throw new ERR_INCOMPATIBLE_OPTION_PAIR('p', 'parallelization');
      p = options.p;
      validateUint32(p, 'p');
    }
    if (has('parallelization')) { p = options.parallelization; validateUint32(p, 'parallelization'); }
    if (has('maxmem')) { maxmem = options.maxmem; validateInteger(maxmem, 'maxmem', 0); }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
  }
  // OpenSSL's checks: N a power of two above 1, and the memory the work needs within maxmem.
  if (N < 2 || (N & (N - 1)) !== 0 || r * p >= 2 ** 30) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (binding.scryptMemory(N, r, p) > maxmem) {
    const err = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    err.message = 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded';
    throw err;
  }
  return { password, salt, N, r, p };
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const a = scryptArgs(password, salt, keylen, options);
  return toBuffer(binding.scrypt(a.password, a.salt, a.N, a.r, a.p, keylen));
}

function scrypt(password, salt, keylen, options, callback = options) {
  if (typeof options === 'function') options = scryptDefaults;
  const a = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scryptJob(a.password, a.salt, a.N, a.r, a.p, keylen, (err, bytes) => {
    if (err !== null) callback(new Error(err));
    else callback(null, toBuffer(bytes));
  });
}

const hkdfInputTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfBytes(value, name) {
  if (typeof value === 'string' || isView(value) || isAnyArrayBuffer(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name, hkdfInputTypes, value);
}

function hkdfArgs(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  let key = ikm;
  if (!(typeof ikm === 'string' || isView(ikm) || isAnyArrayBuffer(ikm))) {
    const { secretKeyBytes } = require('internal/crypto/keys');
    key = secretKeyBytes(ikm, true);
    if (key === undefined) {
      throw new ERR_INVALID_ARG_TYPE('ikm',
        ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], ikm);
    }
  }
  salt = hkdfBytes(salt, 'salt');
  info = hkdfBytes(info, 'info');
  validateInteger(length, 'length', 0, 2147483647);
  const infoLength = typeof info === 'string' ? new ArrayBuffer(binding.decode(info, 'utf8')).byteLength
    : info.byteLength;
  if (infoLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoLength);
  }
  const canonical = binding.digestName(digest);
  if (canonical == null || binding.isXof(canonical)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > 255 * binding.digestSize(canonical)) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { canonical, key, salt, info };
}

// hkdf results are ArrayBuffers (a copy: the binding's buffer stays Java's).
function arrayBufferOf(hostBytes) {
  return new ArrayBuffer(hostBytes).slice(0);
}

function hkdfSync(digest, ikm, salt, info, length) {
  const a = hkdfArgs(digest, ikm, salt, info, length);
  return arrayBufferOf(binding.hkdf(a.canonical, a.key, a.salt, a.info, length));
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const a = hkdfArgs(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdfJob(a.canonical, a.key, a.salt, a.info, length, (err, bytes) => {
    if (err !== null) callback(new Error(err));
    else callback(null, arrayBufferOf(bytes));
  });
}

// Argon2 (RFC 9106): the parameters checked in Node's order, with OpenSSL's limits.
const argon2Types = ['argon2d', 'argon2i', 'argon2id'];
const argon2InputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function argon2Input(parameters, key, optional) {
  const value = parameters[key];
  if (optional && value === undefined) return undefined;
  if (typeof value === 'string' || isView(value) || isAnyArrayBuffer(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(`parameters.${key}`, argon2InputTypes, value);
}

function argon2Args(algorithm, parameters) {
  validateString(algorithm, 'algorithm');
  validateOneOf(algorithm, 'algorithm', argon2Types);
  validateObject(parameters, 'parameters');
  const message = argon2Input(parameters, 'message');
  const nonce = argon2Input(parameters, 'nonce');
  const nonceLength = byteLength(nonce);
  validateInteger(nonceLength, 'parameters.nonce.byteLength', 8, 2 ** 32 - 1);
  const { parallelism, tagLength, memory, passes } = parameters;
  validateInteger(parallelism, 'parameters.parallelism', 1, 2 ** 24 - 1);
  validateInteger(tagLength, 'parameters.tagLength', 4, 2 ** 32 - 1);
  validateInteger(memory, 'parameters.memory', 8 * parallelism, 2 ** 32 - 1);
  validateInteger(passes, 'parameters.passes', 1, 2 ** 32 - 1);
  const secret = argon2Input(parameters, 'secret', true);
  const associatedData = argon2Input(parameters, 'associatedData', true);
  return {
    type: argon2Types.indexOf(algorithm), message, nonce, secret, associatedData, parallelism, tagLength, memory,
    passes,
  };
}

// What OpenSSL reports when the memory cannot be had: the message is always the allocation's, the
// stack says why ("invalid memory size": not less than the machine's memory).
function argon2MemoryError(reason) {
  const err = new Error('error:078C0100:common libcrypto routines::malloc failure');
  if (reason === 'invalid memory size') {
    err.opensslErrorStack = ['error:1C8000EB:Provider routines::invalid memory size'];
  }
  return err;
}

function argon2Sync(algorithm, parameters) {
  const a = argon2Args(algorithm, parameters);
  const out = binding.argon2(a.type, a.message, a.nonce, a.secret, a.associatedData, a.parallelism, a.tagLength,
                             a.memory, a.passes);
  if (typeof out === 'string') throw argon2MemoryError(out);
  return toBuffer(out);
}

function argon2(algorithm, parameters, callback) {
  const a = argon2Args(algorithm, parameters);
  validateFunction(callback, 'callback');
  binding.argon2Job(a.type, a.message, a.nonce, a.secret, a.associatedData, a.parallelism, a.tagLength, a.memory,
                    a.passes, (err, bytes) => {
                      if (err !== null) callback(argon2MemoryError(err));
                      else callback(null, toBuffer(bytes));
                    });
}

module.exports = {
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync, argon2, argon2Sync, validateNumber,
};
