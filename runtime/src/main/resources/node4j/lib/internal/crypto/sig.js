'use strict';
// Signatures (sign/verify, Sign/Verify), RSA encryption, diffieHellman and ECDH.

const {
  ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY, ERR_CRYPTO_INCOMPATIBLE_KEY,
  ERR_CRYPTO_INVALID_CURVE, ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_OPERATION_FAILED, ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_CRYPTO_UNSUPPORTED_OPERATION,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateFunction, validateObject, validateString, validateInt32 } = require('internal/validators');
const { binding, toBuffer, output, validateData, isView, isAnyArrayBuffer, arrayBufferOrView, opensslError } =
  require('internal/crypto/util');
const { prepareKey, isKeyObject, kHandle, PublicKeyObject } = require('internal/crypto/keys');

const constants = { RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_PKCS1_PSS_PADDING: 6 };
const signKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey', 'URL'];

function keyOptions(key) {
  const o = typeof key === 'object' && key !== null && !isView(key) && !isAnyArrayBuffer(key) && !isKeyObject(key)
    ? key : {};
  let padding;
  let saltLength;
  if (o.padding !== undefined) { validateInt32(o.padding, 'key.padding'); padding = o.padding; }
  if (o.saltLength !== undefined) { validateInt32(o.saltLength, 'key.saltLength'); saltLength = o.saltLength; }
  const dsaEncoding = o.dsaEncoding ?? 'der';
  if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  let context;
  if (o.context !== undefined) {
    if (!isView(o.context)) {
      throw new ERR_INVALID_ARG_TYPE('options.context', ['Buffer', 'TypedArray', 'DataView'], o.context);
    }
    if (o.context.byteLength > 255) {
      const err = new ERR_OUT_OF_RANGE('options.context', '<= 255 bytes', o.context.byteLength);
      err.message = 'context string must be at most 255 bytes';
      throw err;
    }
    context = o.context;
  }
  return { padding, saltLength, p1363: dsaEncoding === 'ieee-p1363', context };
}

function signingKey(key, wantPrivate) {
  const handle = prepareKey(key, wantPrivate, 'key', signKeyTypes);
  if (wantPrivate && handle.type() !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(handle.type(), 'private');
  }
  if (!wantPrivate && handle.type() === 'private') return handle.toPublic();
  if (handle.type() === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', wantPrivate ? 'private' : 'public');
  return handle;
}

function digestOf(algorithm, invalid) {
  if (algorithm === null || algorithm === undefined) return null;
  const canonical = binding.digestName(algorithm);
  if (canonical == null || binding.isXof(canonical)) throw invalid();
  return canonical;
}

// RSA has no DigestInfo for BLAKE2, so OpenSSL refuses it for PKCS#1 and PSS alike.
function checkRsaDigest(handle, digest) {
  if (digest !== null && digest.startsWith('BLAKE2') && /^rsa/.test(handle.asymmetricKeyType())) {
    throw opensslError('digest not allowed', 'Provider routines', '1C8000AE', 'ERR_OSSL_DIGEST_NOT_ALLOWED');
  }
}

// Key types that sign the message itself (EdDSA, ML-DSA): OpenSSL refuses any digest for them.
const digestlessTypes = ['ed25519', 'ed448', 'ml-dsa-44', 'ml-dsa-65', 'ml-dsa-87'];
const signingTypes = ['rsa', 'rsa-pss', 'ec', 'dsa', ...digestlessTypes];

function checkSigningKey(handle, digest, context) {
  const kind = handle.asymmetricKeyType();
  if (!signingTypes.includes(kind)) {
    throw opensslError('operation not supported for this keytype', 'digital envelope routines', '03000096',
                       'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
  }
  if (digest !== null && digestlessTypes.includes(kind)) {
    throw opensslError('invalid digest', 'Provider routines', '1C80007A', 'ERR_OSSL_INVALID_DIGEST');
  }
  // Ed25519 ignores a context; the JDK's ML-DSA signs with the empty one only (Node's OpenSSL takes any).
  if (context !== undefined && (!digestlessTypes.includes(kind) || (kind.startsWith('ml-dsa') && context.byteLength))) {
    throw new ERR_CRYPTO_OPERATION_FAILED('Context parameter is unsupported');
  }
  checkRsaDigest(handle, digest);
}

function doSign(handle, digest, data, opts) {
  checkSigningKey(handle, digest, opts.context);
  return binding.sign(handle, digest, data, opts.padding ?? 1, opts.saltLength ?? -2, opts.p1363, opts.context);
}

function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = arrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const opts = keyOptions(key);
  const handle = signingKey(key, true);
  const digest = digestOf(algorithm, () => new ERR_CRYPTO_INVALID_DIGEST(algorithm));
  const run = () => toBuffer(doSign(handle, digest, data, opts));
  if (callback === undefined) return run();
  let result;
  try { result = run(); } catch (e) { process.nextTick(callback, e); return; }
  process.nextTick(callback, null, result);
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = arrayBufferOrView(data, 'data');
  const opts = keyOptions(key);
  const handle = signingKey(key, false);
  signature = arrayBufferOrView(signature, 'signature');
  const digest = digestOf(algorithm, () => new ERR_CRYPTO_INVALID_DIGEST(algorithm));
  const run = () => {
    checkSigningKey(handle, digest, opts.context);
    return binding.verify(handle, digest, data, signature, opts.padding ?? 1, opts.saltLength ?? -2, opts.p1363,
                          opts.context);
  };
  if (callback === undefined) return run();
  let result;
  try { result = run(); } catch (e) { process.nextTick(callback, e); return; }
  process.nextTick(callback, null, result);
}

// Sign and Verify collect the data, then sign it whole (JCA hashes inside the signature).
function collect(self, data, encoding) {
  validateData(data);
  const bytes = typeof data === 'string' ? new Uint8Array(new ArrayBuffer(binding.decode(data, encoding ?? 'utf8')))
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  self._chunks.push(bytes);
  return self;
}

function joined(chunks) {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

const Writable = require('internal/streams/writable');

// Sign and Verify are Writables: what is written is update()d.
function writeChunk(chunk, encoding, callback) {
  collect(this, chunk, encoding === 'buffer' ? undefined : encoding);
  callback();
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._digest = digestOf(algorithm, () => new ERR_CRYPTO_INVALID_DIGEST());
  this._chunks = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);
Sign.prototype._write = writeChunk;
Sign.prototype.update = function update(data, encoding) { return collect(this, data, encoding); };
// A Sign or Verify object signs or verifies once; the next call finds it spent.
function spend(self) {
  if (self._spent) {
    const err = new ERR_CRYPTO_INVALID_STATE();
    err.message = 'Not initialised';
    throw err;
  }
}

Sign.prototype.sign = function signMethod(privateKey, outputEncoding) {
  if (!privateKey) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  spend(this);
  const opts = keyOptions(privateKey);
  const handle = signingKey(privateKey, true);
  if (digestlessTypes.includes(handle.asymmetricKeyType())) throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  const out = output(doSign(handle, this._digest, joined(this._chunks), opts), outputEncoding);
  this._spent = true;
  return out;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._digest = digestOf(algorithm, () => new ERR_CRYPTO_INVALID_DIGEST());
  this._chunks = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Verify.prototype._write = writeChunk;
Verify.prototype.update = function update(data, encoding) { return collect(this, data, encoding); };
Verify.prototype.verify = function verifyMethod(object, signature, sigEncoding) {
  const opts = keyOptions(object);
  const handle = signingKey(object, false);
  if (digestlessTypes.includes(handle.asymmetricKeyType())) throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  signature = arrayBufferOrView(signature, 'signature', sigEncoding);
  spend(this);
  this._spent = true;
  // Verify#verify reports OpenSSL's refusal of the digest as a failed verification.
  if (this._digest !== null && this._digest.startsWith('BLAKE2') && /^rsa/.test(handle.asymmetricKeyType())) {
    return false;
  }
  return binding.verify(handle, this._digest, joined(this._chunks), signature, opts.padding ?? 1,
                        opts.saltLength ?? -2, opts.p1363, opts.context);
};

function createSign(algorithm, options) { return new Sign(algorithm, options); }
function createVerify(algorithm, options) { return new Verify(algorithm, options); }

// ------------------------------------------------------------------ RSA encryption

function rsaError(message, encrypt) {
  if (/too large|too much data|too long|longer than/i.test(message)) {
    return opensslError('data too large for key size', 'rsa routines', '0200006E', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE');
  }
  if (/too small/.test(message)) {
    return opensslError('data too small for key size', 'rsa routines', '0200006E', 'ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE');
  }
  if (!encrypt) {
    return opensslError('oaep decoding error', 'rsa routines', '02000079', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR');
  }
  return new Error(message);
}

function rsaFunction(usePrivate, encrypt, defaultPadding) {
  return function rsaCrypt(options, buffer) {
    const o = typeof options === 'object' && options !== null && !isView(options) && !isAnyArrayBuffer(options) &&
      !isKeyObject(options) ? options : {};
    const handle = prepareKey(options, usePrivate, 'key', signKeyTypes);
    if (handle.type() === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', usePrivate ? 'private' : 'public');
    const keyHandle = usePrivate || handle.type() === 'public' ? handle : handle;
    if (!/^rsa/.test(keyHandle.asymmetricKeyType())) {
      throw opensslError('operation not supported for this keytype', 'digital envelope routines', '03000096',
                         'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
    }
    const padding = o.padding ?? defaultPadding;
    let oaepHash = 'SHA-1';
    if (o.oaepHash !== undefined) {
      validateString(o.oaepHash, 'key.oaepHash');
      oaepHash = binding.digestName(o.oaepHash);
      if (oaepHash == null) throw opensslError('invalid digest', 'digital envelope routines', '030000A8', 'ERR_OSSL_EVP_INVALID_DIGEST');
    }
    const label = o.oaepLabel === undefined ? null : arrayBufferOrView(o.oaepLabel, 'key.oaepLabel');
    buffer = arrayBufferOrView(buffer, 'buffer', o.encoding);
    try {
      return toBuffer(binding.rsaCrypt(keyHandle, usePrivate, encrypt, padding, oaepHash, label, buffer));
    } catch (e) {
      throw rsaError(String(e?.message ?? e), encrypt);
    }
  };
}

const publicEncrypt = rsaFunction(false, true, constants.RSA_PKCS1_OAEP_PADDING);
const privateDecrypt = rsaFunction(true, false, constants.RSA_PKCS1_OAEP_PADDING);
const privateEncrypt = rsaFunction(true, true, constants.RSA_PKCS1_PADDING);
const publicDecrypt = rsaFunction(false, false, constants.RSA_PKCS1_PADDING);

// ------------------------------------------------------------------ key agreement

function diffieHellman(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || !['ec', 'x25519', 'x448', 'dh'].includes(a)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  }
  if (a === 'dh' && !binding.sameDhGroup(privateKey[kHandle], publicKey[kHandle])) {
    throw opensslError('mismatching domain parameters', 'Provider routines', '1C8000CB', 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS');
  }
  if (a === 'ec' && privateKey.asymmetricKeyDetails.namedCurve !== publicKey.asymmetricKeyDetails.namedCurve) {
    throw opensslError('mismatching domain parameters', 'Provider routines', '1C80008A', 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS');
  }
  const pubHandle = publicKey.type === 'private' ? publicKey[kHandle].toPublic() : publicKey[kHandle];
  const run = () => toBuffer(binding.agree(privateKey[kHandle], pubHandle));
  if (callback === undefined) return run();
  let result;
  try { result = run(); } catch (e) { process.nextTick(callback, e); return; }
  process.nextTick(callback, null, result);
}

const ecdhFormats = ['compressed', 'uncompressed', 'hybrid'];

function ecdhFormat(format) {
  if (format === undefined) return 'uncompressed';
  if (!ecdhFormats.includes(format)) throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  return format;
}

function bytesIn(key, encoding, name) {
  return arrayBufferOrView(key, name, encoding);
}

class ECDH {
  constructor(curve) {
    validateString(curve, 'curve');
    if (!binding.isCurve(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
    this._curve = curve;
    this._private = null;
    this._public = null;
  }

  static convertKey(key, curve, inEnc, outEnc, format) {
    validateString(curve, 'curve');
    if (!binding.isCurve(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
    key = bytesIn(key, inEnc, 'key');
    const f = ecdhFormat(format);
    const out = binding.ecdhConvert(curve, key, f);
    if (out == null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to convert Buffer to EC_POINT');
    return output(out, outEnc);
  }

  generateKeys(encoding, format) {
    const [priv, pub] = binding.ecdhGenerate(this._curve);
    this._private = new Uint8Array(new ArrayBuffer(priv));
    this._public = new Uint8Array(new ArrayBuffer(pub));
    return this.getPublicKey(encoding, format);
  }

  getPublicKey(encoding, format) {
    if (this._public === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH public key');
    const f = ecdhFormat(format);
    return output(binding.ecdhConvert(this._curve, this._public, f), encoding);
  }

  getPrivateKey(encoding) {
    if (this._private === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH private key');
    return output(binding.decode(binding.encode(this._private, 'hex'), 'hex'), encoding);
  }

  setPrivateKey(key, encoding) {
    key = bytesIn(key, encoding, 'key');
    const pub = binding.ecdhPublic(this._curve, key, 'uncompressed');
    if (pub == null) throw new ERR_CRYPTO_OPERATION_FAILED('Private key is not valid for specified curve.');
    this._private = new Uint8Array(new ArrayBuffer(binding.decode(binding.encode(key, 'hex'), 'hex')));
    this._public = new Uint8Array(new ArrayBuffer(pub));
    return this;
  }

  setPublicKey(key, encoding) {
    key = bytesIn(key, encoding, 'key');
    const pub = binding.ecdhConvert(this._curve, key, 'uncompressed');
    if (pub == null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to convert Buffer to EC_POINT');
    this._public = new Uint8Array(new ArrayBuffer(pub));
    return this;
  }

  computeSecret(otherPublicKey, inputEncoding, outputEncoding) {
    otherPublicKey = bytesIn(otherPublicKey, inputEncoding, 'otherPublicKey');
    if (this._private === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH private key');
    const secret = binding.ecdhCompute(this._curve, this._private, otherPublicKey);
    if (secret == null) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    return output(secret, outputEncoding);
  }
}

function createECDH(curve) {
  return new ECDH(curve);
}

const curveNames = ['prime256v1', 'secp384r1', 'secp521r1'];
function getCurves() {
  return curveNames.slice();
}

module.exports = {
  sign, verify, createSign, createVerify, Sign, Verify, publicEncrypt, privateDecrypt, privateEncrypt,
  publicDecrypt, diffieHellman, createECDH, ECDH, getCurves, PublicKeyObject,
};
