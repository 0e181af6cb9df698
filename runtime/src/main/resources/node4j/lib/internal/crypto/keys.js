'use strict';
// KeyObject (secret, public, private), key import from PEM/DER/JWK/KeyObject, export, and key-pair
// and secret key generation.

const {
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_CURVE, ERR_CRYPTO_INVALID_JWK, ERR_CRYPTO_OPERATION_FAILED,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_CRYPTO_JWK_UNSUPPORTED_CURVE, ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
  ERR_CRYPTO_UNKNOWN_CIPHER, ERR_CRYPTO_UNKNOWN_DH_GROUP, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE, ERR_MISSING_OPTION, ERR_MISSING_PASSPHRASE, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const {
  validateBuffer, validateFunction, validateInt32, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { binding, toBuffer, output, isView, isAnyArrayBuffer, opensslError } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
// FIPS 203 (ML-KEM) and FIPS 204 (ML-DSA) key types; JWK carries them as kty "AKP".
const mlKeyTypes = ['ml-kem-512', 'ml-kem-768', 'ml-kem-1024', 'ml-dsa-44', 'ml-dsa-65', 'ml-dsa-87'];
const kKeyType = Symbol('kKeyType');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || !handle.type) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    Object.defineProperty(this, kKeyType, { value: type, enumerable: false, configurable: false, writable: false });
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (key?.[kCryptoKeyObject] === undefined) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    if (!key.extractable) {
      deprecate('DEP0204', 'Passing a non-extractable CryptoKey to KeyObject.from() is deprecated.');
    }
    return key[kCryptoKeyObject];
  }

  toCryptoKey(algorithm, extractable, keyUsages) {
    return require('internal/crypto/webcrypto').keyObjectToCryptoKey(this, algorithm, extractable, keyUsages);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && this[kHandle].equalsKey(otherKeyObject[kHandle]);
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].symmetricKeySize();
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return JSON.parse(this[kHandle].exportJwk());
    }
    return toBuffer(this[kHandle].secretBytes());
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kHandle].asymmetricKeyType();
  }

  get asymmetricKeyDetails() {
    const d = this[kHandle].details();
    switch (this.asymmetricKeyType) {
      case 'rsa': return { modulusLength: d[0], publicExponent: BigInt(d[1]) };
      case 'rsa-pss': return { modulusLength: d[0], publicExponent: BigInt(d[1]) };
      case 'ec': return { namedCurve: d[0] };
      case 'dsa': return { modulusLength: d[0], divisorLength: d[1] };
      default: return {};
    }
  }
}

function exportAsymmetric(key, options, isPublic) {
  if (options === undefined) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  validateObject(options, 'options');
  const { format = 'pem', type } = options;
  if (format === 'jwk' && !isPublic && (options.cipher !== undefined || options.passphrase !== undefined)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
  }
  if (format === 'jwk') {
    if (key[kHandle].lacksSeed()) throw new ERR_CRYPTO_OPERATION_FAILED('key does not have an available seed');
    const text = key[kHandle].exportJwk();
    if (text === null) throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    return JSON.parse(text);
  }
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
  const kind = key.asymmetricKeyType;
  if (type === 'pkcs1' && kind !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
  }
  if (type === 'sec1' && kind !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
  }
  const encryption = isPublic ? undefined : keyEncryption(options, 'options.', type, format);
  if (encryption !== undefined) {
    try {
      const out = key[kHandle].exportEncrypted(type, format, encryption.cipher, encryption.passphrase);
      return typeof out === 'string' ? out : toBuffer(out);
    } catch (e) {
      throw encryptionError(e);
    }
  }
  return format === 'pem' ? key[kHandle].exportPem(type) : toBuffer(key[kHandle].exportDer(type));
}

// A passphrase (string or buffer) as the bytes the binding takes.
function passphraseBytes(passphrase) {
  if (typeof passphrase === 'string') return new Uint8Array(new ArrayBuffer(binding.decode(passphrase, 'utf8')));
  if (isAnyArrayBuffer(passphrase)) return new Uint8Array(passphrase);
  return new Uint8Array(passphrase.buffer, passphrase.byteOffset, passphrase.byteLength);
}

function isPassphrase(value) {
  return typeof value === 'string' || isView(value) || isAnyArrayBuffer(value);
}

// Node's checks of { cipher, passphrase } on a private key encoding (export and generateKeyPair);
// undefined when the key is not to be encrypted.
function keyEncryption(options, prefix, type, format) {
  const { cipher, passphrase } = options;
  if (cipher == null && passphrase === undefined) return undefined;
  if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
  }
  if (cipher == null) {
    throw new ERR_INVALID_ARG_VALUE(`${prefix}cipher`, cipher, 'is required when a passphrase is specified');
  }
  if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(`${prefix}cipher`, cipher);
  if (!isPassphrase(passphrase)) throw new ERR_INVALID_ARG_VALUE(`${prefix}passphrase`, passphrase);
  if (binding.cipherInfo(cipher) == null) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  return { cipher, passphrase: passphraseBytes(passphrase) };
}

function encryptionError(e) {
  const message = String(e?.message ?? e);
  if (message.includes('cipher parameter error')) {
    return opensslError('cipher parameter error', 'digital envelope routines', '0300007A',
                        'ERR_OSSL_EVP_CIPHER_PARAMETER_ERROR');
  }
  if (message.includes('no object identifier')) {
    return opensslError('cipher has no object identifier', 'asn1 encoding routines', '0680006C',
                        'ERR_OSSL_ASN1_CIPHER_HAS_NO_OBJECT_IDENTIFIER');
  }
  if (message.includes('unsupported cipher')) {
    return opensslError('unsupported cipher', 'PEM routines', '04800071', 'ERR_OSSL_PEM_UNSUPPORTED_CIPHER');
  }
  return e;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    return exportAsymmetric(this, options, true);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    return exportAsymmetric(this, options, false);
  }
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined;
}

function wrap(handle) {
  switch (handle.type()) {
    case 'secret': return new SecretKeyObject(handle);
    case 'public': return new PublicKeyObject(handle);
    default: return new PrivateKeyObject(handle);
  }
}

// The secret bytes of a secret KeyObject or CryptoKey, for hmac/cipher/hkdf keys; undefined otherwise.
function secretKeyBytes(key, strictSecret = false) {
  if (isKeyObject(key)) {
    if (key.type !== 'secret') {
      if (strictSecret) return undefined;
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    }
    return new Uint8Array(new ArrayBuffer(key[kHandle].secretBytes()));
  }
  const cryptoKey = key?.[kCryptoKeyObject];
  if (cryptoKey !== undefined) {
    deprecateCryptoKey();
    return secretKeyBytes(cryptoKey, strictSecret);
  }
  return undefined;
}

const kCryptoKeyObject = Symbol.for('node4j.cryptoKeyObject');

// Node 24 deprecates CryptoKeys in node:crypto calls (DEP0203) and KeyObject.from() of a
// non-extractable one (DEP0204); each warns once.
const deprecationsShown = new Set();
function deprecate(code, message) {
  if (deprecationsShown.has(code)) return;
  deprecationsShown.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function deprecateCryptoKey() {
  deprecate('DEP0203', 'Passing a CryptoKey to node:crypto functions is deprecated.');
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = new Uint8Array(new ArrayBuffer(binding.decode(key, encoding ?? 'utf8')));
  else if (!isView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(binding.keySecret(key));
}

const keyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

function decoderError() {
  return opensslError('unsupported', 'DECODER routines', '1E08010C', 'ERR_OSSL_UNSUPPORTED');
}

// Node's prepareAsymmetricKey: a handle from a string/buffer (PEM or DER), a {key, format, type}
// object, a JWK, or a KeyObject. `wantPrivate` selects the private half where the input has both.
function prepareKey(key, wantPrivate, name = 'key', types = keyInputTypes) {
  if (isKeyObject(key)) return key[kHandle];
  if (key?.[kCryptoKeyObject] !== undefined) {
    deprecateCryptoKey();
    return key[kCryptoKeyObject][kHandle];
  }
  let data = key;
  let format = 'pem';
  let type;
  let encoding;
  let passphrase = null;
  if (typeof key === 'object' && key !== null && !isView(key) && !isAnyArrayBuffer(key)) {
    data = key.key;
    if (isKeyObject(data)) return data[kHandle];
    if (data?.[kCryptoKeyObject] !== undefined) {
      deprecateCryptoKey();
      return data[kCryptoKeyObject][kHandle];
    }
    format = key.format ?? 'pem';
    type = key.type;
    encoding = key.encoding;
    if (key.passphrase !== undefined) {
      if (!isPassphrase(key.passphrase)) throw new ERR_INVALID_ARG_VALUE(`${name}.passphrase`, key.passphrase);
      passphrase = passphraseBytes(key.passphrase);
    }
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return jwkHandle(data, wantPrivate);
    }
    if (typeof data !== 'string' && !isView(data) && !isAnyArrayBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE(`${name}.key`, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
    }
  } else if (typeof key !== 'string' && !isView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(name, types, key);
  }
  try {
    if (format === 'pem') {
      const text = typeof data === 'string' ? data : binding.encode(data, 'latin1');
      return binding.keyFromPemWithPassphrase(text, wantPrivate, passphrase);
    }
    if (format !== 'der') throw new ERR_INVALID_ARG_VALUE(`${name}.format`, format);
    if (typeof data === 'string') data = new Uint8Array(new ArrayBuffer(binding.decode(data, encoding ?? 'utf8')));
    const structure = type ?? (wantPrivate ? 'pkcs8' : 'spki');
    const isPrivate = structure === 'pkcs8' || structure === 'sec1' || (structure === 'pkcs1' && wantPrivate);
    const handle = binding.keyFromDerWithPassphrase(data, structure, isPrivate, passphrase);
    return isPrivate && !wantPrivate ? handle.toPublic() : handle;
  } catch (e) {
    if (e?.code !== undefined) throw e;
    const message = String(e?.message ?? e);
    if (message.includes('missing passphrase der')) throw new ERR_MISSING_PASSPHRASE();
    if (message.includes('missing passphrase')) {
      throw opensslError('interrupted or cancelled', 'common libcrypto routines', '07880109',
                         'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
    }
    if (message.includes('bad decrypt')) {
      throw opensslError('bad decrypt', 'Provider routines', '1C800064', 'ERR_OSSL_BAD_DECRYPT');
    }
    // A PEM that does not decode is OpenSSL's DECODER error; DER that does not parse is Node's own.
    throw format === 'pem' ? decoderError() : new Error('Failed to read asymmetric key');
  }
}

function jwkHandle(jwk, wantPrivate) {
  const { kty } = jwk;
  validateString(kty, 'key.kty');
  if (kty === 'oct') return binding.keyFromJwk(jwk, false);
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP' && kty !== 'AKP') {
    throw new ERR_CRYPTO_INVALID_JWK(`${kty} is not a supported JWK key type`);
  }
  if (kty === 'EC' && !['P-256', 'P-384', 'P-521'].includes(jwk.crv)) {
    validateString(jwk.crv, 'key.crv');
    throw new ERR_CRYPTO_INVALID_CURVE();
  }
  if (kty === 'OKP' && (!['Ed25519', 'Ed448', 'X25519', 'X448'].includes(jwk.crv) || typeof jwk.x !== 'string')) {
    throw new ERR_CRYPTO_INVALID_JWK('Invalid JWK OKP key');
  }
  if (kty === 'AKP') {
    if (!mlKeyTypes.includes(String(jwk.alg).toLowerCase()) || jwk.alg !== String(jwk.alg).toUpperCase()) {
      throw new ERR_CRYPTO_INVALID_JWK('Unsupported JWK AKP "alg"');
    }
    if (typeof jwk.pub !== 'string' || (jwk.priv !== undefined && typeof jwk.priv !== 'string')) {
      throw new ERR_CRYPTO_INVALID_JWK('Invalid JWK AKP key');
    }
  }
  const isPrivate = (kty === 'AKP' ? jwk.priv : jwk.d) !== undefined;
  if (wantPrivate && !isPrivate) throw new ERR_CRYPTO_INVALID_JWK('JWK does not contain private key material');
  const handle = binding.keyFromJwk(jwk, wantPrivate && isPrivate);
  if (handle == null) {
    throw new ERR_CRYPTO_INVALID_JWK(kty === 'OKP' || kty === 'AKP' ? `Invalid JWK ${kty} key` : undefined);
  }
  return handle;
}

function createPublicKey(key) {
  const handle = prepareKey(key, false);
  if (handle.type() === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', 'private or public');
  return new PublicKeyObject(handle.type() === 'private' ? handle.toPublic() : handle);
}

function createPrivateKey(key) {
  const types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'];
  if (isKeyObject(key)) throw new ERR_INVALID_ARG_TYPE('key', types, key);
  const handle = prepareKey(key, true, 'key', types);
  if (handle.type() !== 'private') throw decoderError();
  return new PrivateKeyObject(handle);
}

// ------------------------------------------------------------------ generation

function keyPairArgs(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  const o = options ?? {};
  let modulusLength = 0;
  let exponent = '65537';
  let curve = '';
  let params;
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      validateUint32(o.modulusLength, 'options.modulusLength');
      modulusLength = o.modulusLength;
      if (o.publicExponent !== undefined) {
        validateUint32(o.publicExponent, 'options.publicExponent');
        exponent = String(o.publicExponent);
      }
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      validateString(o.namedCurve, 'options.namedCurve');
      if (o.paramEncoding !== undefined) validateOneOf(o.paramEncoding, 'options.paramEncoding', ['named', 'explicit']);
      if (!binding.isCurve(o.namedCurve)) throw new ERR_CRYPTO_INVALID_CURVE();
      curve = o.namedCurve;
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      validateUint32(o.modulusLength, 'options.modulusLength');
      let divisorLength = -1;
      if (o.divisorLength != null) {
        validateInt32(o.divisorLength, 'options.divisorLength', 0);
        divisorLength = o.divisorLength;
      }
      params = { modulusLength: o.modulusLength, divisorLength };
      break;
    }
    case 'dh':
      validateObject(options, 'options');
      params = dhParams(o);
      break;
    case 'ed25519':
    case 'x25519':
    case 'ed448':
    case 'x448':
      break;
    default:
      if (mlKeyTypes.includes(type)) break;
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const encodings = {
    pub: checkEncoding(o.publicKeyEncoding, 'publicKeyEncoding', true),
    priv: checkEncoding(o.privateKeyEncoding, 'privateKeyEncoding', false),
  };
  return { modulusLength, exponent, curve, params, encodings };
}

// generateKeyPair('dh') options, checked in Node's order: one of group, prime or primeLength.
function dhParams(o) {
  const { group, prime, primeLength, generator } = o;
  if (group != null) {
    if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
    if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
    validateString(group, 'options.group');
    if (binding.dhGroup(group) == null) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
    return { group, prime: null, primeLength: 0, generator: 2 };
  }
  if (prime != null) {
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
    validateBuffer(prime, 'options.prime');
    if (bitLength(prime) < 512) {
      const err = new ERR_INVALID_ARG_VALUE('options.prime', prime);
      err.message = 'Invalid DH parameters';
      throw err;
    }
  } else if (primeLength != null) {
    validateInt32(primeLength, 'options.primeLength', 0);
    if (primeLength < 512) throw opensslError('modulus too small', 'Diffie-Hellman routines', '0280007E');
  } else {
    throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
  }
  if (generator != null) validateInt32(generator, 'options.generator', 0);
  return { group: null, prime: prime ?? null, primeLength: primeLength ?? 0, generator: generator ?? 2 };
}

// Bits of a big-endian unsigned integer.
function bitLength(bytes) {
  const b = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 0;
  while (i < b.length && b[i] === 0) i++;
  return i === b.length ? 0 : (b.length - i - 1) * 8 + (32 - Math.clz32(b[i]));
}

function generateHandles(type, a) {
  if (a.params !== undefined) return binding.generateKeyPairWith(type, a.params);
  return binding.generateKeyPair(type, a.modulusLength, a.exponent, a.curve);
}

function checkEncoding(enc, name, isPublic) {
  if (enc === undefined) return undefined;
  validateObject(enc, `options.${name}`);
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
    throw new ERR_INVALID_ARG_VALUE(`options.${name}.format`, format);
  }
  if (format !== 'jwk') {
    const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`options.${name}.type`, type);
  }
  if (!isPublic) keyEncryption(enc, `options.${name}.`, type, format);
  return enc;
}

function encodePair(handles, encodings) {
  const publicKey = new PublicKeyObject(handles[0]);
  const privateKey = new PrivateKeyObject(handles[1]);
  return {
    publicKey: encodings.pub ? publicKey.export(encodings.pub) : publicKey,
    privateKey: encodings.priv ? privateKey.export(encodings.priv) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  const a = keyPairArgs(type, options);
  return encodePair(generateHandles(type, a), a.encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const a = keyPairArgs(type, options);
  const done = (err, handles) => {
    if (err !== null) return callback(new Error(err));
    let pair;
    try {
      pair = encodePair(handles, a.encodings);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  };
  if (a.params !== undefined) binding.generateKeyPairWithJob(type, a.params, done);
  else binding.generateKeyPairJob(type, a.modulusLength, a.exponent, a.curve, done);
}

function secretKeyArgs(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return length;
}

function generateKeySync(type, options) {
  const length = secretKeyArgs(type, options);
  return new SecretKeyObject(binding.keySecret(binding.randomBytes(Math.floor(length / 8))));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const length = secretKeyArgs(type, options);
  binding.randomBytesJob(Math.floor(length / 8), (err, bytes) => {
    if (err !== null) return callback(new Error(err));
    callback(null, new SecretKeyObject(binding.keySecret(bytes)));
  });
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, isKeyObject, secretKeyBytes, prepareKey,
  kHandle, kCryptoKeyObject, wrap, decoderError, ERR_OUT_OF_RANGE,
  publicApi: {
    KeyObject, createSecretKey, createPublicKey, createPrivateKey, generateKeyPair, generateKeyPairSync,
    generateKey, generateKeySync,
  },
};
