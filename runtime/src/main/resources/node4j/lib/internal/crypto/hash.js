'use strict';
// Hash, Hmac, crypto.hash() and getHashes().

const {
  ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_HASH_UPDATE_FAILED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE,
} = require('internal/errors').codes;
const { validateString, validateUint32, validateObject } = require('internal/validators');
const { binding, output, validateData, isView, isAnyArrayBuffer, opensslError } = require('internal/crypto/util');

const LazyTransform = require('internal/streams/lazy_transform');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function digestFor(algorithm) {
  return binding.digestName(algorithm);
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof Hash;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const outputLength = options?.outputLength;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  LazyTransform.call(this, options);
  if (isCopy) {
    if (algorithm[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle] = algorithm[kHandle].copy();
    this[kState] = { canonical: algorithm[kState].canonical, length: outputLength ?? algorithm[kState].length,
                     finalized: false };
    return;
  }
  const canonical = digestFor(algorithm);
  if (canonical == null) throw new Error('Digest method not supported');
  let length = binding.digestSize(canonical);
  if (outputLength !== undefined && outputLength !== length) {
    if (!binding.isXof(canonical)) {
      throw opensslError('not XOF or invalid length', 'digital envelope routines', '030000B2',
                         'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
    }
    length = outputLength;
  }
  this[kHandle] = binding.createHash(canonical);
  this[kState] = { canonical, length, finalized: false };
}

Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// As a stream: written chunks are hashed, and the digest is the one chunk read when the input ends.
function transformChunk(chunk, encoding, callback) {
  this[kHandle].update(chunk, typeof chunk === 'string' ? encoding : null);
  callback();
}

Hash.prototype._transform = transformChunk;
// The stream's digest is kept: a later digest() call (allowed once) returns it again.
Hash.prototype._flush = function _flush(callback) {
  const state = this[kState];
  state.streamed = this[kHandle].digest(state.length);
  this.push(output(state.streamed));
  callback();
};

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  validateData(data);
  // The stream side already took the digest.
  if (this[kState].streamed !== undefined) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  this[kHandle].update(data, typeof data === 'string' ? encoding ?? 'utf8' : null);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  const state = this[kState];
  state.finalized = true;
  if (state.streamed == null && typeof outputEncoding === 'string' && outputEncoding !== 'buffer') {
    return this[kHandle].digestEncoded(state.length, outputEncoding);
  }
  return output(state.streamed ?? this[kHandle].digest(state.length), outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = hmacKey(key);
  const canonical = digestFor(hmac);
  if (canonical == null || binding.isXof(canonical)) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  LazyTransform.call(this, options);
  this[kHandle] = binding.createHmac(canonical, keyBytes);
  this[kState] = { finalized: false };
}

// An HMAC key: a string, an ArrayBuffer or view, a secret KeyObject or CryptoKey.
function hmacKey(key) {
  if (typeof key === 'string' || isView(key) || isAnyArrayBuffer(key)) return key;
  const { secretKeyBytes } = require('internal/crypto/keys');
  const bytes = secretKeyBytes(key);
  if (bytes !== undefined) return bytes;
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Hmac.prototype._transform = transformChunk;
Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hmac.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  validateData(data);
  this[kHandle].update(data, typeof data === 'string' ? encoding ?? 'utf8' : null);
  return this;
};

// A finalized Hmac digests to empty output, as in Node (no error).
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) return output(binding.decode('', 'utf8'), outputEncoding);
  state.finalized = true;
  if (typeof outputEncoding === 'string' && outputEncoding !== 'buffer') {
    return this[kHandle].digestEncoded(0, outputEncoding);
  }
  return output(this[kHandle].digest(0), outputEncoding);
};

function hash(algorithm, input, options = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = options;
  if (typeof options !== 'string') {
    validateObject(options, 'options');
    outputEncoding = options.outputEncoding ?? 'hex';
  }
  const canonical = digestFor(algorithm);
  if (canonical == null) throw new Error(`Digest method ${algorithm} is not supported`);
  return output(binding.hashOnce(canonical, input, 'utf8', binding.digestSize(canonical)), outputEncoding);
}

const hashNames = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224',
  'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224',
  'RSA-SHA512/256', 'RSA-SM3', 'blake2b512', 'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption', 'ripemd',
  'ripemd160', 'ripemd160WithRSA', 'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224',
  'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256',
  'sha3-384', 'sha3-512', 'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224',
  'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption',
  'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3', 'sm3WithRSAEncryption', 'ssl3-md5',
  'ssl3-sha1',
];

function getHashes() {
  return hashNames.slice();
}

module.exports = { Hash, Hmac, hash, getHashes, digestFor };
