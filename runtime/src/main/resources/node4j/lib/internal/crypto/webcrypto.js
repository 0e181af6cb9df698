'use strict';
// Web Crypto: the Crypto object (the `crypto` global and require('crypto').webcrypto), SubtleCrypto and
// CryptoKey. Every operation runs on the KeyObject machinery of keys.js and the crypto binding; this file
// does the Web Crypto layer: WebIDL argument checks, algorithm normalization, key usages, JWK/raw
// formats, and DOMException errors with Node's names and messages.

const errors = require('internal/errors');
const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
  ERR_MISSING_OPTION,
} = errors.codes;
const { binding, isView, isAnyArrayBuffer } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');
const { kHandle, kCryptoKeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject } = keys;
const random = require('internal/crypto/random');

const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kConstruct = Symbol('kConstruct');

function domError(message, name, cause) {
  const err = new DOMException(message, name);
  if (cause !== undefined) Object.defineProperty(err, 'cause', { value: cause, configurable: true, writable: true });
  return err;
}
const notSupported = (m) => domError(m, 'NotSupportedError');
const operationError = (m, cause) => domError(m, 'OperationError', cause);
const invalidAccess = (m) => domError(m, 'InvalidAccessError');
const dataError = (m, cause) => domError(m, 'DataError', cause);
const syntaxError = (m) => domError(m, 'SyntaxError');

// A Node error of `Code` with WebIDL's message text.
function idlError(Code, message, ...args) {
  const err = new Code(...args);
  err.message = message;
  return err;
}

const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

function requireArgs(method, args, count) {
  if (args.length < count) {
    throw idlError(ERR_MISSING_ARGS, `Failed to execute '${method}' on 'SubtleCrypto': ${count} arguments ` +
      `required, but only ${args.length} present.`, 'x');
  }
}

function bufferSource(value, method, index) {
  if (value instanceof ArrayBuffer || (isView(value) && !(value.buffer instanceof SharedArrayBuffer))) return value;
  if (isView(value)) {
    throw idlError(ERR_INVALID_ARG_TYPE, `Failed to execute '${method}' on 'SubtleCrypto': ${ordinals[index]} ` +
      'argument is a view on a SharedArrayBuffer, which is not allowed.', 'x', 'x', value);
  }
  throw idlError(ERR_INVALID_ARG_TYPE, `Failed to execute '${method}' on 'SubtleCrypto': ${ordinals[index]} ` +
    'argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', 'x', 'x', value);
}

// A copy of a BufferSource's bytes (Web Crypto works on a snapshot taken when the call is made).
function copyBytes(value) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value.slice(0));
  return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
}

function cryptoKeyArg(value, method, index) {
  if (value?.[kCryptoKeyObject] === undefined) {
    throw idlError(ERR_INVALID_ARG_TYPE, `Failed to execute '${method}' on 'SubtleCrypto': ${ordinals[index]} ` +
      'argument is not of type CryptoKey.', 'x', 'x', value);
  }
  return value;
}

function enumArg(value, method, index, type, allowed) {
  const text = String(value);
  if (!allowed.includes(text)) {
    throw idlError(ERR_INVALID_ARG_VALUE, `Failed to execute '${method}' on 'SubtleCrypto': ${ordinals[index]} ` +
      `argument '${text}' is not a valid enum value of type ${type}.`, 'x', value);
  }
  return text;
}

const keyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

// ------------------------------------------------------------------ algorithms

const digests = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-256', 'SHA3-384', 'SHA3-512'];
const digestNode = {
  'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
  'SHA3-256': 'sha3-256', 'SHA3-384': 'sha3-384', 'SHA3-512': 'sha3-512',
};
const blockBits = {
  'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024,
  'SHA3-256': 1088, 'SHA3-384': 832, 'SHA3-512': 576,
};
const curves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const curveSizes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

// For each operation, the algorithms it knows and the dictionary their parameters convert to, with
// the members that dictionary requires (in WebIDL's conversion order).
const rsaGen = ['RsaHashedKeyGenParams', ['modulusLength', 'publicExponent', 'hash']];
const rsaImport = ['RsaHashedImportParams', ['hash']];
const ecGen = ['EcKeyGenParams', ['namedCurve']];
const ecImport = ['EcKeyImportParams', ['namedCurve']];
const plain = ['Algorithm', []];
const ops = {
  digest: { 'SHA-1': plain, 'SHA-256': plain, 'SHA-384': plain, 'SHA-512': plain, 'SHA3-256': plain,
            'SHA3-384': plain, 'SHA3-512': plain },
  generateKey: {
    'RSASSA-PKCS1-v1_5': rsaGen, 'RSA-PSS': rsaGen, 'RSA-OAEP': rsaGen, 'ECDSA': ecGen, 'ECDH': ecGen,
    'AES-CTR': ['AesKeyGenParams', ['length']], 'AES-CBC': ['AesKeyGenParams', ['length']],
    'AES-GCM': ['AesKeyGenParams', ['length']], 'AES-KW': ['AesKeyGenParams', ['length']],
    'HMAC': ['HmacKeyGenParams', ['hash']], 'Ed25519': plain, 'X25519': plain,
  },
  importKey: {
    'RSASSA-PKCS1-v1_5': rsaImport, 'RSA-PSS': rsaImport, 'RSA-OAEP': rsaImport, 'ECDSA': ecImport,
    'ECDH': ecImport, 'AES-CTR': plain, 'AES-CBC': plain, 'AES-GCM': plain, 'AES-KW': plain,
    'HMAC': ['HmacImportParams', ['hash']], 'PBKDF2': plain, 'HKDF': plain, 'Ed25519': plain, 'X25519': plain,
  },
  sign: {
    'RSASSA-PKCS1-v1_5': plain, 'RSA-PSS': ['RsaPssParams', ['saltLength']],
    'ECDSA': ['EcdsaParams', ['hash']], 'Ed25519': plain, 'HMAC': plain,
  },
  encrypt: {
    'RSA-OAEP': ['RsaOaepParams', []], 'AES-CTR': ['AesCtrParams', ['counter', 'length']],
    'AES-CBC': ['AesCbcParams', ['iv']], 'AES-GCM': ['AeadParams', ['iv']],
  },
  deriveBits: {
    'ECDH': ['EcdhKeyDeriveParams', ['public']], 'X25519': ['EcdhKeyDeriveParams', ['public']],
    'HKDF': ['HkdfParams', ['hash', 'info', 'salt']], 'PBKDF2': ['Pbkdf2Params', ['hash', 'iterations', 'salt']],
  },
  'get key length': {
    'AES-CTR': ['AesDerivedKeyParams', ['length']], 'AES-CBC': ['AesDerivedKeyParams', ['length']],
    'AES-GCM': ['AesDerivedKeyParams', ['length']], 'AES-KW': ['AesDerivedKeyParams', ['length']],
    'HMAC': ['HmacImportParams', ['hash']], 'HKDF': plain, 'PBKDF2': plain,
  },
};
ops.verify = ops.sign;
ops.decrypt = ops.encrypt;
ops.exportKey = ops.importKey;
ops.wrapKey = { ...ops.encrypt, 'AES-KW': plain };
ops.unwrapKey = ops.wrapKey;

// WebIDL's normalize-an-algorithm: a name string or an object with a name; the result is a plain
// object with the canonical name and the members the operation's dictionary has.
function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') return normalizeAlgorithm({ name: algorithm }, op);
  if (typeof algorithm !== 'object' || algorithm === null) {
    if (typeof algorithm === 'function') return normalizeAlgorithm({ name: undefined }, op);
    return normalizeAlgorithm({ name: String(algorithm) }, op);
  }
  if (algorithm.name === undefined) {
    throw idlError(ERR_MISSING_OPTION, 'Failed to normalize algorithm: passed algorithm cannot be converted to ' +
      "'Algorithm' because 'name' is required in 'Algorithm'.", 'x');
  }
  const wanted = String(algorithm.name).toUpperCase();
  const table = ops[op];
  const name = Object.keys(table).find((n) => n.toUpperCase() === wanted);
  if (name === undefined) throw notSupported('Unrecognized algorithm name');
  const [dictionary, required] = table[name];
  const result = { name };
  for (const member of required) {
    if (algorithm[member] === undefined) {
      throw idlError(ERR_MISSING_OPTION, 'Failed to normalize algorithm: passed algorithm cannot be converted ' +
        `to '${dictionary}' because '${member}' is required in '${dictionary}'.`, 'x');
    }
  }
  for (const member of Object.keys(algorithm).concat(['hash', 'length', 'iv', 'additionalData', 'tagLength',
    'label', 'counter', 'saltLength', 'namedCurve', 'public', 'salt', 'info', 'iterations', 'modulusLength',
    'publicExponent'])) {
    if (member === 'name' || algorithm[member] === undefined || member in result) continue;
    let value = algorithm[member];
    if (member === 'hash') {
      try {
        value = normalizeAlgorithm(value, 'digest');
      } catch (e) {
        if (e instanceof DOMException && dictionary !== 'RsaHashedKeyGenParams') {
          throw notSupported(`Only SHA hashes are supported in ${dictionary}`);
        }
        throw e;
      }
    }
    else if (isView(value) || isAnyArrayBuffer(value)) value = copyBytes(value);
    result[member] = value;
  }
  if (name.startsWith('SHA3-')) {
    experimental(`The ${name} Web Crypto API algorithm`);
  }
  return result;
}

// Experimental parts warn once each.
const warned = new Set();
function experimental(what) {
  if (warned.has(what)) return;
  warned.add(what);
  process.emitWarning(`${what} is an experimental feature and might change at any time`, 'ExperimentalWarning');
}

// ------------------------------------------------------------------ CryptoKey

class CryptoKey {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kCryptoKeyObject].type;
  }

  get extractable() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kExtractable];
  }

  get algorithm() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kAlgorithm];
  }

  get usages() {
    if (!(this instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kUsages];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return 'CryptoKey {}';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages,
    }, opts)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { enumerable: true });
}

function makeKey(keyObject, algorithm, extractable, usages) {
  const key = new CryptoKey(kConstruct);
  key[kCryptoKeyObject] = keyObject;
  key[kAlgorithm] = algorithm;
  key[kExtractable] = extractable;
  key[kUsages] = usages;
  return key;
}

const pairUsages = {
  sig: [['verify'], ['sign']],
  oaep: [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
  agree: [[], ['deriveKey', 'deriveBits']],
};
const secretUsages = {
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'AES-KW': ['wrapKey', 'unwrapKey'],
  'HMAC': ['sign', 'verify'], 'PBKDF2': ['deriveKey', 'deriveBits'], 'HKDF': ['deriveKey', 'deriveBits'],
};

function usageKind(name) {
  switch (name) {
    case 'RSA-OAEP': return pairUsages.oaep;
    case 'ECDH': case 'X25519': return pairUsages.agree;
    default: return pairUsages.sig;
  }
}

function usageError(name) {
  const article = name === 'PBKDF2' || name === 'HKDF' ? 'a ' : '';
  return syntaxError(`Unsupported key usage for ${article}${name} key`);
}

// Keys list their usages once each, in the order of WebCrypto's KeyUsage enumeration.
const usageOrder = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function canonicalUsages(usages) {
  return usageOrder.filter((u) => usages.includes(u));
}

// The usages list in canonical order, or a SyntaxError when one is not allowed.
function checkUsages(usages, allowed, name) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw usageError(name);
  }
  return canonicalUsages(usages);
}

function usagesArg(usages, method, index) {
  const where = method === undefined ? 'Value' :
    `Failed to execute '${method}' on 'SubtleCrypto': ${ordinals[index]} argument`;
  if (usages == null || typeof usages[Symbol.iterator] !== 'function' || typeof usages === 'string') {
    throw idlError(ERR_INVALID_ARG_TYPE, `${where} cannot be converted to sequence.`, 'x', 'x', usages);
  }
  const all = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey',
               'encapsulateBits', 'decapsulateBits', 'encapsulateKey', 'decapsulateKey'];
  return Array.from(usages, (u, i) => {
    const text = String(u);
    if (!all.includes(text)) {
      throw idlError(ERR_INVALID_ARG_VALUE, `${where}[${i}] '${text}' is not a valid enum value of type KeyUsage.`,
        'x', u);
    }
    return text;
  });
}

// ------------------------------------------------------------------ helpers over the binding

function ab(hostBytes) {
  return new ArrayBuffer(hostBytes).slice(0);
}

function u8(hostBytes) {
  return new Uint8Array(new ArrayBuffer(hostBytes));
}

function b64uDecode(text) {
  return u8(binding.decode(text, 'base64url'));
}

function b64uEncode(bytes) {
  return binding.encode(bytes, 'base64url');
}

function exponentBytes(text) {
  let v = BigInt(text);
  const out = [];
  while (v > 0n) { out.unshift(Number(v & 0xffn)); v >>= 8n; }
  return new Uint8Array(out);
}

function exponentString(bytes) {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v.toString();
}

function job(start) {
  return new Promise((resolve, reject) => {
    start((err, result) => (err === null ? resolve(result) : reject(err)));
  });
}

function handleOf(key) {
  return key[kCryptoKeyObject][kHandle];
}

function keyCurve(handle) {
  const nodeCurve = handle.details()[0];
  return Object.keys(curves).find((c) => curves[c] === nodeCurve);
}

function checkKey(key, algorithmName, usage, message) {
  if (key.algorithm.name !== algorithmName) throw invalidAccess('Key algorithm mismatch');
  if (!key.usages.includes(usage)) throw invalidAccess(message ?? 'Key usages do not permit this operation');
}

// ------------------------------------------------------------------ generateKey

function aesLengthCheck(length) {
  if (![128, 192, 256].includes(length)) throw operationError('AES key length must be 128, 192, or 256 bits');
}

async function generateKeyImpl(alg, extractable, usages) {
  const { name } = alg;
  if (secretUsages[name] !== undefined) {
    const use = checkUsages(usages, secretUsages[name], name);
    let length;
    let algorithm;
    if (name === 'HMAC') {
      length = alg.length ?? blockBits[alg.hash.name];
      if (length === 0) throw operationError('HmacKeyGenParams.length cannot be 0');
      algorithm = { name, length, hash: alg.hash };
    } else {
      length = Number(alg.length);
      aesLengthCheck(length);
      algorithm = { name, length };
    }
    if (use.length === 0) throw syntaxError('Usages cannot be empty when creating a key.');
    const bytes = await job((cb) => binding.randomBytesJob(Math.ceil(length / 8), (e, b) => cb(e, b)));
    return makeKey(new SecretKeyObject(binding.keySecret(bytes)), algorithm, extractable, use);
  }
  const [pubAllowed, privAllowed] = usageKind(name);
  checkUsages(usages, pubAllowed.concat(privAllowed), name);
  let type;
  let modulusLength = 0;
  let exponent = '65537';
  let curve = '';
  let algorithm;
  switch (name) {
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'RSA-OAEP': {
      type = 'rsa';
      modulusLength = Number(alg.modulusLength);
      exponent = exponentString(alg.publicExponent);
      if (exponent !== '3' && exponent !== '65537') throw operationError('Bad public exponent');
      algorithm = { name, modulusLength, publicExponent: new Uint8Array(alg.publicExponent), hash: alg.hash };
      break;
    }
    case 'ECDSA': case 'ECDH':
      type = 'ec';
      if (curves[alg.namedCurve] === undefined) throw notSupported('Unrecognized namedCurve');
      curve = curves[alg.namedCurve];
      algorithm = { name, namedCurve: alg.namedCurve };
      break;
    default:
      type = name.toLowerCase();
      algorithm = { name };
  }
  const privUsages = canonicalUsages(usages.filter((u) => privAllowed.includes(u)));
  const pubUsages = canonicalUsages(usages.filter((u) => pubAllowed.includes(u)));
  if (privUsages.length === 0) throw syntaxError('Usages cannot be empty when creating a key.');
  let handles;
  try {
    handles = await job((cb) => binding.generateKeyPairJob(type, modulusLength, exponent, curve,
      (e, h) => cb(e === null ? null : operationError('The operation failed for an operation-specific reason'), h)));
  } catch (e) {
    throw e;
  }
  const copy = () => (algorithm.publicExponent ? { ...algorithm, publicExponent: new Uint8Array(algorithm.publicExponent) } : { ...algorithm });
  return {
    publicKey: makeKey(new PublicKeyObject(handles[0]), copy(), true, pubUsages),
    privateKey: makeKey(new PrivateKeyObject(handles[1]), copy(), extractable, privUsages),
  };
}

// ------------------------------------------------------------------ importKey / exportKey

const jwkAlg = {
  'HMAC': (a) => `HS${a.hash.name.replace('SHA-', '')}`,
  'AES-CTR': (a) => `A${a.length}CTR`, 'AES-CBC': (a) => `A${a.length}CBC`,
  'AES-GCM': (a) => `A${a.length}GCM`, 'AES-KW': (a) => `A${a.length}KW`,
  'RSASSA-PKCS1-v1_5': (a) => `RS${a.hash.name.replace('SHA-', '')}`,
  'RSA-PSS': (a) => `PS${a.hash.name.replace('SHA-', '')}`,
  'RSA-OAEP': (a) => (a.hash.name === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${a.hash.name.replace('SHA-', '')}`),
  'Ed25519': () => 'Ed25519',
};

function importSecret(alg, format, keyData, extractable, usages) {
  const { name } = alg;
  const use = checkUsages(usages, secretUsages[name], name);
  if ((name === 'PBKDF2' || name === 'HKDF') && extractable) throw syntaxError(`${name} keys are not extractable`);
  let bytes;
  if (format === 'raw') {
    bytes = copyBytes(keyData);
  } else if (format === 'jwk') {
    if (keyData.kty !== 'oct') throw dataError('Invalid JWK "kty" Parameter');
    if (typeof keyData.k !== 'string') throw dataError('Invalid keyData');
    checkJwk(keyData, alg, extractable, use, 'enc');
    bytes = b64uDecode(keyData.k);
  } else {
    throw notSupported(`Unable to import ${name} using ${format} format`);
  }
  let algorithm;
  const bits = bytes.length * 8;
  if (name === 'HMAC') {
    if (bits === 0) throw dataError('Zero-length key is not supported');
    let length = bits;
    if (alg.length !== undefined) {
      if (alg.length > bits || alg.length <= bits - 8) throw dataError('Invalid key length');
      length = alg.length;
    }
    algorithm = { name, length, hash: alg.hash };
    if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== jwkAlg.HMAC(algorithm)) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
  } else if (name === 'PBKDF2' || name === 'HKDF') {
    algorithm = { name };
  } else {
    if (![128, 192, 256].includes(bits)) throw dataError('Invalid key length');
    algorithm = { name, length: bits };
    if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== jwkAlg[name](algorithm)) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
  }
  if (use.length === 0) throw syntaxError('Usages cannot be empty when importing a secret key.');
  return makeKey(new SecretKeyObject(binding.keySecret(bytes)), algorithm, extractable, use);
}

function checkJwk(jwk, alg, extractable, usages, expectedUse) {
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== expectedUse) throw dataError('Invalid JWK "use" Parameter');
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops) || !usages.every((u) => jwk.key_ops.includes(u))) {
      throw dataError('Key operations and usage mismatch');
    }
  }
  if (jwk.ext === false && extractable) throw dataError('JWK "ext" Parameter and extractable mismatch');
}

function importAsymmetric(alg, format, keyData, extractable, usages) {
  const { name } = alg;
  const [pubAllowed, privAllowed] = usageKind(name);
  let handle;
  try {
    switch (format) {
      case 'spki':
        handle = binding.keyFromDer(copyBytes(keyData), 'spki', false);
        break;
      case 'pkcs8':
        handle = binding.keyFromDer(copyBytes(keyData), 'pkcs8', true);
        break;
      case 'jwk': {
        const expectedKty = name.startsWith('RSA') ? 'RSA' : name.startsWith('EC') ? 'EC' : 'OKP';
        if (keyData.kty !== expectedKty) throw dataError('Invalid JWK "kty" Parameter');
        if (expectedKty === 'EC' && keyData.crv !== alg.namedCurve) throw dataError('JWK "crv" does not match the requested algorithm');
        if (expectedKty === 'OKP' && keyData.crv !== name) throw dataError('JWK "crv" Parameter and algorithm name mismatch');
        checkJwk(keyData, alg, extractable, usages, name === 'RSA-OAEP' || name === 'ECDH' || name === 'X25519' ? 'enc' : 'sig');
        if (keyData.alg !== undefined && jwkAlg[name] !== undefined && alg.hash !== undefined &&
            keyData.alg !== jwkAlg[name](alg)) {
          throw dataError('JWK "alg" does not match the requested algorithm');
        }
        const members = {};
        for (const k of Object.keys(keyData)) if (typeof keyData[k] === 'string') members[k] = keyData[k];
        handle = binding.keyFromJwk(members, keyData.d !== undefined);
        if (handle == null) throw dataError('Invalid keyData');
        break;
      }
      case 'raw': {
        if (name.startsWith('RSA')) throw notSupported(`Unable to import ${name} using raw format`);
        const bytes = copyBytes(keyData);
        let jwk;
        if (name === 'ECDSA' || name === 'ECDH') {
          let point = bytes;
          if (point[0] === 2 || point[0] === 3) point = u8(binding.ecdhConvert(curves[alg.namedCurve], point, 'uncompressed'));
          const size = curveSizes[alg.namedCurve];
          if (point.length !== 2 * size + 1 || point[0] !== 4) throw dataError('Invalid keyData');
          jwk = { kty: 'EC', crv: alg.namedCurve, x: b64uEncode(point.subarray(1, 1 + size)), y: b64uEncode(point.subarray(1 + size)) };
        } else {
          if (bytes.length !== 32) throw dataError('Invalid keyData');
          jwk = { kty: 'OKP', crv: name, x: b64uEncode(bytes) };
        }
        handle = binding.keyFromJwk(jwk, false);
        if (handle == null) throw dataError('Invalid keyData');
        break;
      }
      default:
        throw notSupported(`Unable to import ${name} using ${format} format`);
    }
  } catch (e) {
    if (e instanceof DOMException) throw e;
    throw dataError('Invalid keyData', e);
  }
  const isPrivate = handle.type() === 'private';
  const kind = handle.asymmetricKeyType();
  const expected = name.startsWith('RSA') ? ['rsa'] : name.startsWith('EC') ? ['ec'] : [name.toLowerCase()];
  if (!expected.includes(kind)) throw dataError('Invalid key type');
  const use = checkUsages(usages, isPrivate ? privAllowed : pubAllowed, name);
  let algorithm;
  if (kind === 'rsa') {
    const d = handle.details();
    algorithm = { name, modulusLength: d[0], publicExponent: exponentBytes(d[1]), hash: alg.hash };
  } else if (kind === 'ec') {
    if (keyCurve(handle) !== alg.namedCurve) throw dataError('Named curve mismatch');
    algorithm = { name, namedCurve: alg.namedCurve };
  } else {
    algorithm = { name };
  }
  if (isPrivate && use.length === 0) throw syntaxError('Usages cannot be empty when importing a private key.');
  const keyObject = isPrivate ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
  return makeKey(keyObject, algorithm, extractable, use);
}

function importKeyImpl(format, keyData, alg, extractable, usages) {
  if (secretUsages[alg.name] !== undefined) return importSecret(alg, format, keyData, extractable, usages);
  return importAsymmetric(alg, format, keyData, extractable, usages);
}

function exportKeyImpl(format, key) {
  const { name } = key.algorithm;
  if (name === 'PBKDF2' || name === 'HKDF') throw notSupported(`${name} key export is not supported`);
  if (!key.extractable) throw invalidAccess('key is not extractable');
  const handle = handleOf(key);
  const type = key.type;
  const unable = () => notSupported(`Unable to export ${name} ${type} key using ${format} format`);
  switch (format) {
    case 'raw': {
      if (type === 'secret') {
        if (name === 'PBKDF2' || name === 'HKDF') throw unable();
        return ab(handle.secretBytes());
      }
      if (type !== 'public' || name.startsWith('RSA')) throw unable();
      const jwk = JSON.parse(handle.exportJwk());
      if (jwk.kty === 'EC') {
        const x = b64uDecode(jwk.x);
        const y = b64uDecode(jwk.y);
        const out = new Uint8Array(1 + x.length + y.length);
        out[0] = 4;
        out.set(x, 1);
        out.set(y, 1 + x.length);
        return out.buffer;
      }
      return b64uDecode(jwk.x).buffer;
    }
    case 'spki':
      if (type !== 'public') throw unable();
      return ab(handle.exportDer('spki'));
    case 'pkcs8':
      if (type !== 'private') throw unable();
      return ab(handle.exportDer('pkcs8'));
    case 'jwk': {
      if (name === 'PBKDF2' || name === 'HKDF') throw unable();
      const jwk = { key_ops: key.usages.slice(), ext: key.extractable };
      if (jwkAlg[name] !== undefined) jwk.alg = jwkAlg[name](key.algorithm);
      return Object.assign(jwk, JSON.parse(handle.exportJwk()));
    }
    default:
      throw unable();
  }
}

// ------------------------------------------------------------------ sign / verify

function signParams(alg, key) {
  switch (alg.name) {
    case 'RSASSA-PKCS1-v1_5':
      return { digest: digestNode[key.algorithm.hash.name], padding: 1, salt: -2, p1363: false };
    case 'RSA-PSS':
      return { digest: digestNode[key.algorithm.hash.name], padding: 6, salt: Number(alg.saltLength), p1363: false };
    case 'ECDSA':
      return { digest: digestNode[alg.hash.name], padding: 1, salt: -2, p1363: true };
    default:
      return { digest: null, padding: 1, salt: -2, p1363: false };
  }
}

function hmacBytes(key, data) {
  const h = binding.createHmac(binding.digestName(digestNode[key.algorithm.hash.name]), handleOf(key).secretBytes());
  h.update(data, null);
  return u8(h.digest(0));
}

function signImpl(alg, key, data) {
  checkKey(key, alg.name, 'sign', 'Unable to use this key to sign');
  if (alg.name === 'HMAC') return hmacBytes(key, data).buffer;
  const p = signParams(alg, key);
  try {
    return ab(binding.sign(handleOf(key), p.digest, data, p.padding, p.salt, p.p1363));
  } catch (e) {
    throw operationError('The operation failed for an operation-specific reason', e);
  }
}

function verifyImpl(alg, key, signature, data) {
  checkKey(key, alg.name, 'verify', 'Unable to use this key to verify');
  if (alg.name === 'HMAC') {
    const mac = hmacBytes(key, data);
    if (mac.length !== signature.length) return false;
    let diff = 0;
    for (let i = 0; i < mac.length; i++) diff |= mac[i] ^ signature[i];
    return diff === 0;
  }
  const p = signParams(alg, key);
  try {
    return binding.verify(handleOf(key), p.digest, data, signature, p.padding, p.salt, p.p1363);
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ encrypt / decrypt

function aesCipher(alg, key, data, encrypt) {
  const mode = alg.name.slice(4).toLowerCase();
  const keyBytes = handleOf(key).secretBytes();
  const cipherName = `aes-${key.algorithm.length}-${mode}`;
  let iv;
  let tagLength = 16;
  switch (alg.name) {
    case 'AES-CBC':
      iv = alg.iv;
      if (iv.length !== 16) throw operationError('algorithm.iv must contain exactly 16 bytes');
      break;
    case 'AES-CTR': {
      iv = alg.counter;
      if (iv.length !== 16) throw operationError('algorithm.counter must contain exactly 16 bytes');
      const length = Number(alg.length);
      if (length === 0 || length > 128) throw operationError('AES-CTR algorithm.length must be between 1 and 128');
      break;
    }
    default: {
      iv = alg.iv;
      if (iv.length === 0) throw operationError('algorithm.iv must contain at least one byte');
      const tagBits = alg.tagLength ?? 128;
      if (![32, 64, 96, 104, 112, 120, 128].includes(tagBits)) {
        throw operationError(`${tagBits} is not a valid AES-GCM tag length`);
      }
      tagLength = tagBits / 8;
    }
  }
  let input = data;
  const c = binding.createCipher(cipherName, encrypt, keyBytes, iv, tagLength);
  if (alg.name === 'AES-GCM') {
    if (alg.additionalData !== undefined) c.setAAD(alg.additionalData);
    if (!encrypt) {
      if (data.length < tagLength) throw operationError('The provided data is too small.');
      c.setAuthTag(data.subarray(data.length - tagLength));
      input = data.subarray(0, data.length - tagLength);
    }
  }
  try {
    const head = u8(c.update(input, null));
    const tail = u8(c.doFinal());
    const tag = alg.name === 'AES-GCM' && encrypt ? u8(c.getAuthTag()) : new Uint8Array(0);
    const out = new Uint8Array(head.length + tail.length + tag.length);
    out.set(head);
    out.set(tail, head.length);
    out.set(tag, head.length + tail.length);
    return out.buffer;
  } catch (e) {
    throw operationError('The operation failed for an operation-specific reason', e);
  }
}

function cipherImpl(alg, key, data, encrypt) {
  const op = encrypt ? 'encrypt' : 'decrypt';
  checkKey(key, alg.name, op, `Unable to use this key to ${op}`);
  if (alg.name !== 'RSA-OAEP') return aesCipher(alg, key, data, encrypt);
  if (encrypt !== (key.type === 'public')) {
    throw invalidAccess(`The requested operation is not valid for the provided key`);
  }
  try {
    return ab(binding.rsaCrypt(handleOf(key), !encrypt, encrypt, 4, digestNode[key.algorithm.hash.name],
                               alg.label ?? new Uint8Array(0), data));
  } catch (e) {
    throw operationError('The operation failed for an operation-specific reason', e);
  }
}

// AES-KW (RFC 3394) through a JCA key wrap of the bytes.
function aesKw(key, data, wrap) {
  if (data.length % 8 !== 0 || (!wrap && data.length < 24)) {
    throw operationError('The operation failed for an operation-specific reason');
  }
  try {
    return ab(binding.aesKeyWrap(handleOf(key).secretBytes(), data, wrap));
  } catch (e) {
    throw operationError('The operation failed for an operation-specific reason', e);
  }
}

// ------------------------------------------------------------------ deriveBits

async function deriveBitsImpl(alg, key, length) {
  if ((alg.name === 'ECDH' || alg.name === 'X25519') && alg.public?.[kCryptoKeyObject] !== undefined &&
      alg.public.type !== 'public') {
    throw invalidAccess('algorithm.public must be a public key');
  }
  checkKey(key, alg.name, 'deriveBits', 'baseKey does not have deriveBits usage');
  switch (alg.name) {
    case 'HKDF': case 'PBKDF2': {
      if (length === null) throw operationError('length cannot be null');
      if (length % 8 !== 0) throw operationError('length must be a multiple of 8');
      const bytes = length / 8;
      const digest = digestNode[alg.hash.name];
      const secret = handleOf(key).secretBytes();
      if (alg.name === 'HKDF') {
        if (length === 0) return new ArrayBuffer(0);
        const host = await job((cb) => binding.hkdfJob(digest, secret, alg.salt, alg.info, bytes,
          (e, r) => cb(e === null ? null : operationError('The operation failed for an operation-specific reason'), r)));
        return ab(host);
      }
      if (Number(alg.iterations) === 0) throw operationError('iterations cannot be zero');
      if (length === 0) return new ArrayBuffer(0);
      const host = await job((cb) => binding.pbkdf2Job(secret, alg.salt, Number(alg.iterations), bytes, digest,
        (e, r) => cb(e === null ? null : operationError('The operation failed for an operation-specific reason'), r)));
      return ab(host);
    }
    default: {
      const pub = alg.public;
      if (pub?.[kCryptoKeyObject] === undefined) throw new ERR_INVALID_ARG_TYPE('algorithm.public', 'CryptoKey', pub);
      if (pub.type !== 'public') throw invalidAccess('algorithm.public must be a public key');
      if (key.type !== 'private') throw invalidAccess('baseKey must be a private key');
      if (pub.algorithm.name !== key.algorithm.name) throw invalidAccess('key algorithm mismatch');
      if (key.algorithm.namedCurve !== pub.algorithm.namedCurve) throw invalidAccess('Named curve mismatch');
      let secret;
      try {
        secret = u8(binding.agree(handleOf(key), handleOf(pub)));
      } catch (e) {
        throw operationError('The operation failed for an operation-specific reason', e);
      }
      if (length === null) return secret.buffer;
      if (length > secret.length * 8) throw operationError('derived bit length is too small');
      const out = secret.slice(0, Math.ceil(length / 8));
      if (length % 8 !== 0) out[out.length - 1] &= 0xff << (8 - (length % 8));
      return out.buffer;
    }
  }
}

function keyLength(alg) {
  switch (alg.name) {
    case 'HMAC':
      if (alg.length === undefined) return blockBits[alg.hash.name];
      if (alg.length === 0) throw new TypeError('Invalid key length');
      return Number(alg.length);
    case 'HKDF': case 'PBKDF2':
      return null;
    default:
      aesLengthCheck(Number(alg.length));
      return Number(alg.length);
  }
}

// ------------------------------------------------------------------ SubtleCrypto

function checkThis(self) {
  if (!(self instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    requireArgs('encrypt', arguments, 3);
    cryptoKeyArg(key, 'encrypt', 1);
    data = copyBytes(bufferSource(data, 'encrypt', 2));
    return cipherImpl(normalizeAlgorithm(algorithm, 'encrypt'), key, data, true);
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    requireArgs('decrypt', arguments, 3);
    cryptoKeyArg(key, 'decrypt', 1);
    data = copyBytes(bufferSource(data, 'decrypt', 2));
    return cipherImpl(normalizeAlgorithm(algorithm, 'decrypt'), key, data, false);
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    requireArgs('sign', arguments, 3);
    cryptoKeyArg(key, 'sign', 1);
    data = copyBytes(bufferSource(data, 'sign', 2));
    return signImpl(normalizeAlgorithm(algorithm, 'sign'), key, data);
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    requireArgs('verify', arguments, 4);
    cryptoKeyArg(key, 'verify', 1);
    signature = copyBytes(bufferSource(signature, 'verify', 2));
    data = copyBytes(bufferSource(data, 'verify', 3));
    return verifyImpl(normalizeAlgorithm(algorithm, 'verify'), key, signature, data);
  }

  async digest(algorithm, data) {
    checkThis(this);
    requireArgs('digest', arguments, 2);
    data = bufferSource(data, 'digest', 1);
    const alg = normalizeAlgorithm(algorithm, 'digest');
    const canonical = binding.digestName(digestNode[alg.name]);
    return ab(binding.hashOnce(canonical, copyBytes(data), null, binding.digestSize(canonical)));
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs('generateKey', arguments, 3);
    const usages = usagesArg(keyUsages, 'generateKey', 2);
    return generateKeyImpl(normalizeAlgorithm(algorithm, 'generateKey'), !!extractable, usages);
  }

  async deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    checkThis(this);
    requireArgs('deriveKey', arguments, 5);
    cryptoKeyArg(baseKey, 'deriveKey', 1);
    const usages = usagesArg(keyUsages, 'deriveKey', 4);
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    const target = normalizeAlgorithm(derivedKeyType, 'importKey');
    const length = keyLength(normalizeAlgorithm(derivedKeyType, 'get key length'));
    if (alg.name !== baseKey.algorithm.name) throw invalidAccess('Key algorithm mismatch');
    if (!baseKey.usages.includes('deriveKey')) throw invalidAccess('baseKey does not have deriveKey usage');
    const withUsage = makeKey(baseKey[kCryptoKeyObject], baseKey.algorithm, false, ['deriveBits']);
    const bits = await deriveBitsImpl(alg, withUsage, length);
    return importKeyImpl('raw', new Uint8Array(bits), target, !!extractable, usages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkThis(this);
    requireArgs('deriveBits', arguments, 2);
    cryptoKeyArg(baseKey, 'deriveBits', 1);
    if (length !== null) length = Number(length);
    return deriveBitsImpl(normalizeAlgorithm(algorithm, 'deriveBits'), baseKey, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    requireArgs('importKey', arguments, 5);
    format = enumArg(format, 'importKey', 0, 'KeyFormat', keyFormats);
    if (format === 'jwk') {
      if (typeof keyData !== 'object' || keyData === null) {
        throw idlError(ERR_INVALID_ARG_TYPE, "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument " +
          'cannot be converted to a dictionary', 'x', 'x', keyData);
      }
    } else {
      bufferSource(keyData, 'importKey', 1);
    }
    const usages = usagesArg(keyUsages, 'importKey', 4);
    return importKeyImpl(format, keyData, normalizeAlgorithm(algorithm, 'importKey'), !!extractable, usages);
  }

  async exportKey(format, key) {
    checkThis(this);
    requireArgs('exportKey', arguments, 2);
    format = enumArg(format, 'exportKey', 0, 'KeyFormat', keyFormats);
    cryptoKeyArg(key, 'exportKey', 1);
    return exportKeyImpl(format, key);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this);
    requireArgs('wrapKey', arguments, 4);
    format = enumArg(format, 'wrapKey', 0, 'KeyFormat', keyFormats);
    cryptoKeyArg(key, 'wrapKey', 1);
    cryptoKeyArg(wrappingKey, 'wrapKey', 2);
    const alg = normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
    checkKey(wrappingKey, alg.name, 'wrapKey', 'Unable to use this key to wrapKey');
    let bytes = exportKeyImpl(format, key);
    if (format === 'jwk') {
      let text = JSON.stringify(bytes);
      if (alg.name === 'AES-KW' && text.length % 8 !== 0) text += ' '.repeat(8 - (text.length % 8));
      bytes = new TextEncoder().encode(text);
    } else {
      bytes = new Uint8Array(bytes);
    }
    if (alg.name === 'AES-KW') return aesKw(wrappingKey, bytes, true);
    const withUsage = makeKey(wrappingKey[kCryptoKeyObject], wrappingKey.algorithm, false, ['encrypt']);
    return cipherImpl(alg, withUsage, bytes, true);
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable,
                  keyUsages) {
    checkThis(this);
    requireArgs('unwrapKey', arguments, 7);
    format = enumArg(format, 'unwrapKey', 0, 'KeyFormat', keyFormats);
    wrappedKey = copyBytes(bufferSource(wrappedKey, 'unwrapKey', 1));
    cryptoKeyArg(unwrappingKey, 'unwrapKey', 2);
    const usages = usagesArg(keyUsages, 'unwrapKey', 6);
    const alg = normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
    const target = normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
    checkKey(unwrappingKey, alg.name, 'unwrapKey', 'Unable to use this key to unwrapKey');
    let bytes;
    if (alg.name === 'AES-KW') {
      bytes = aesKw(unwrappingKey, wrappedKey, false);
    } else {
      const withUsage = makeKey(unwrappingKey[kCryptoKeyObject], unwrappingKey.algorithm, false, ['decrypt']);
      bytes = cipherImpl(alg, withUsage, wrappedKey, false);
    }
    let keyData = new Uint8Array(bytes);
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(new TextDecoder().decode(keyData));
      } catch (e) {
        throw dataError('Invalid keyData', e);
      }
    }
    return importKeyImpl(format, keyData, target, !!extractable, usages);
  }

  async getPublicKey(key, keyUsages) {
    checkThis(this);
    experimental('The getPublicKey Web Crypto API method');
    requireArgs('getPublicKey', arguments, 2);
    cryptoKeyArg(key, 'getPublicKey', 0);
    const usages = usagesArg(keyUsages, 'getPublicKey', 1);
    if (key.type !== 'private') throw invalidAccess('key must be a private key');
    const [pubAllowed] = usageKind(key.algorithm.name);
    const use = checkUsages(usages, pubAllowed, key.algorithm.name);
    const pub = new PublicKeyObject(handleOf(key).toPublic());
    const algorithm = { ...key.algorithm };
    if (algorithm.publicExponent) algorithm.publicExponent = new Uint8Array(algorithm.publicExponent);
    return makeKey(pub, algorithm, true, use);
  }

  static supports(operation, algorithm, lengthOrAdditionalAlgorithm = null) {
    experimental('The supports Web Crypto API method');
    if (!Object.hasOwn(ops, operation) || operation === 'get key length') return false;
    try {
      normalizeAlgorithm(algorithm, operation);
      return true;
    } catch {
      return false;
    }
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
for (const name of ['encapsulateBits', 'encapsulateKey', 'decapsulateBits', 'decapsulateKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: {
      async [name]() {
        checkThis(this);
        throw notSupported('Unrecognized algorithm name');
      },
    }[name],
    writable: true, enumerable: true, configurable: true,
  });
}
for (const name of Object.getOwnPropertyNames(SubtleCrypto.prototype)) {
  if (name !== 'constructor') Object.defineProperty(SubtleCrypto.prototype, name, { enumerable: true });
}

const subtle = new SubtleCrypto(kConstruct);

// ------------------------------------------------------------------ Crypto

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      throw idlError(ERR_MISSING_ARGS, "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, " +
        'but only 0 present.', 'x');
    }
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}

const webcrypto = new Crypto(kConstruct);

// KeyObject#toCryptoKey: what importKey makes of the same key, synchronously: the algorithm normalized
// first, then the usages (converted as a plain WebIDL value), then importKey's own checks.
function keyObjectToCryptoKey(keyObject, algorithm, extractable, keyUsages) {
  const alg = normalizeAlgorithm(algorithm, 'importKey');
  const usages = usagesArg(keyUsages);
  const handle = keyObject[kHandle];
  if (keyObject.type === 'secret') {
    return importKeyImpl('raw', new Uint8Array(handle.secretBytes()), alg, !!extractable, usages);
  }
  const format = keyObject.type === 'public' ? 'spki' : 'pkcs8';
  return importKeyImpl(format, new Uint8Array(handle.exportDer(format)), alg, !!extractable, usages);
}

module.exports = {
  Crypto, CryptoKey, SubtleCrypto, webcrypto, subtle, keyObjectToCryptoKey,
  isCryptoKey: (k) => k?.[kCryptoKeyObject] !== undefined,
};
