'use strict';
// Cipheriv / Decipheriv, getCiphers and getCipherInfo.

const {
  ERR_CRYPTO_INVALID_AUTH_TAG, ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_INVALID_KEYLEN, ERR_CRYPTO_INVALID_STATE,
  ERR_CRYPTO_UNKNOWN_CIPHER, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
} = require('internal/errors').codes;
const { validateInt32, validateObject, validateString, validateUint32 } = require('internal/validators');
const { binding, output, arrayBufferOrView, validateData, isView, isAnyArrayBuffer, opensslError } =
  require('internal/crypto/util');

const LazyTransform = require('internal/streams/lazy_transform');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function cipherKey(key) {
  if (typeof key === 'string' || isView(key) || isAnyArrayBuffer(key)) return key;
  const { secretKeyBytes } = require('internal/crypto/keys');
  const bytes = secretKeyBytes(key);
  if (bytes !== undefined) return bytes;
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function lengthOf(bytes) {
  return typeof bytes === 'string' ? new ArrayBuffer(binding.decode(bytes, 'utf8')).byteLength : bytes.byteLength;
}

function createCipherBase(self, encrypt, cipher, key, iv, options) {
  validateString(cipher, 'cipher');
  key = cipherKey(key);
  if (iv !== null) iv = arrayBufferOrView(iv, 'iv');
  const info = binding.cipherInfo(cipher);
  if (info == null) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const [name, , mode, keyLength, ivLength] = info;
  if (lengthOf(key) !== keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const ivLen = iv === null ? 0 : lengthOf(iv);
  const aead = mode === 'gcm' || name === 'chacha20-poly1305';
  if (ivLength === 0 ? ivLen !== 0 && iv !== null : (aead && mode === 'gcm' ? ivLen === 0 : ivLen !== ivLength)) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  let tagLength = 16;
  if (options?.authTagLength !== undefined) {
    validateUint32(options.authTagLength, 'options.authTagLength');
    tagLength = options.authTagLength;
    if (!aead || (mode === 'gcm' && ![4, 8, 12, 13, 14, 15, 16].includes(tagLength)) ||
        (mode !== 'gcm' && tagLength !== 16 && tagLength > 16)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(tagLength);
    }
  }
  self._decoder = null;
  LazyTransform.call(self, options);
  self[kHandle] = binding.createCipher(name, encrypt, key, iv, tagLength);
  self[kState] = { encrypt, aead, mode, finalized: false, tagLength, tagSet: false, decoder: null };
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherBase(this, true, cipher, key, iv, options);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherBase(this, false, cipher, key, iv, options);
}

// Multi-byte output encodings (utf8, utf16le) must not split a character across update() calls: the
// unfinished bytes wait for the next call, as Node's StringDecoder does.
function encodeOutput(state, hostBytes, outputEncoding, last) {
  if (outputEncoding !== 'utf8' && outputEncoding !== 'utf-8' && outputEncoding !== 'utf16le' && outputEncoding !== 'ucs2') {
    return output(hostBytes, outputEncoding);
  }
  const fresh = new Uint8Array(new ArrayBuffer(hostBytes));
  let bytes = fresh;
  if (state.pending) {
    bytes = new Uint8Array(state.pending.length + fresh.length);
    bytes.set(state.pending);
    bytes.set(fresh, state.pending.length);
    state.pending = null;
  }
  let cut = bytes.length;
  if (!last) {
    if (outputEncoding === 'utf16le' || outputEncoding === 'ucs2') {
      cut -= cut % 2;
    } else {
      // Back up over an incomplete UTF-8 sequence at the end.
      let i = bytes.length - 1;
      let back = 0;
      while (i >= 0 && back < 3 && (bytes[i] & 0xc0) === 0x80) { i--; back++; }
      if (i >= 0) {
        const lead = bytes[i];
        const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (need > back + 1) cut = i;
      }
    }
    if (cut < bytes.length) state.pending = bytes.slice(cut);
  }
  return binding.encode(cut === bytes.length ? bytes : bytes.subarray(0, cut), outputEncoding);
}

function update(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  if (state.finalized) {
    throw new Error('Trying to add data in unsupported state');
  }
  validateData(data);
  const hostBytes = this[kHandle].update(data, typeof data === 'string' ? inputEncoding ?? 'utf8' : null);
  return encodeOutput(state, hostBytes, outputEncoding, false);
}

function final(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_INVALID_STATE();
  state.finalized = true;
  let hostBytes;
  try {
    hostBytes = this[kHandle].doFinal();
  } catch (e) {
    throw finalError(e, state);
  }
  return encodeOutput(state, hostBytes, outputEncoding, true);
}

function finalError(e, state) {
  const message = String(e?.message ?? e).replace(/^.*Failure: /, '');
  if (message.includes('bad decrypt')) {
    const err = opensslError('bad decrypt', 'Provider routines', '1C800064', 'ERR_OSSL_BAD_DECRYPT');
    err.opensslErrorStack = undefined;
    return reorder(err);
  }
  if (message.includes('wrong final block length')) {
    const err = opensslError('wrong final block length', 'Provider routines', '1C80006B',
                             'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
    return reorder(err);
  }
  if (message.includes('authenticate')) return new Error('Unsupported state or unable to authenticate data');
  return e;
}

// Node's OpenSSL errors carry opensslErrorStack before library/reason/code.
function reorder(err) {
  const { library, reason, code } = err;
  delete err.library; delete err.reason; delete err.code; delete err.opensslErrorStack;
  err.opensslErrorStack = [];
  Object.defineProperty(err, 'opensslErrorStack', { value: [], enumerable: true, writable: true, configurable: true });
  err.library = library; err.reason = reason; err.code = code;
  return err;
}

function setAutoPadding(ap = true) {
  if (this[kState].finalized) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  this[kHandle].setAutoPadding(!!ap);
  return this;
}

function getAuthTag() {
  const state = this[kState];
  const tag = state.aead && state.encrypt && state.finalized ? this[kHandle].getAuthTag() : null;
  if (tag == null) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return output(tag);
}

function setAuthTag(tagbuf, encoding) {
  const state = this[kState];
  tagbuf = arrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!state.aead || state.finalized || state.tagSet) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const len = lengthOf(tagbuf);
  const ok = state.mode === 'gcm' ? [4, 8, 12, 13, 14, 15, 16].includes(len) : len === 16;
  if (!ok) throw new ERR_CRYPTO_INVALID_AUTH_TAG(len);
  state.tagSet = true;
  this[kHandle].setAuthTag(tagbuf);
  return this;
}

function setAAD(aadbuf, options) {
  const state = this[kState];
  aadbuf = arrayBufferOrView(aadbuf, 'buffer', options?.encoding);
  if (!state.aead || state.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  this[kHandle].setAAD(aadbuf);
  return this;
}

// As streams: each written chunk's output is pushed at once, final()'s when the input ends.
for (const ctor of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(ctor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(ctor, LazyTransform);
}

for (const proto of [Cipheriv.prototype, Decipheriv.prototype]) {
  proto._transform = function _transform(chunk, encoding, callback) {
    this.push(output(this[kHandle].update(chunk, typeof chunk === 'string' ? encoding : null)));
    callback();
  };
  proto._flush = function _flush(callback) {
    try {
      this.push(this.final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  };
  proto.update = update;
  proto.final = final;
  proto.setAutoPadding = setAutoPadding;
  proto.setAAD = setAAD;
}
Cipheriv.prototype.getAuthTag = getAuthTag;
Decipheriv.prototype.setAuthTag = setAuthTag;

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCiphers() {
  return Array.from(binding.ciphers());
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let info = null;
  if (typeof nameOrNid === 'number') {
    for (const n of binding.ciphers()) {
      const i = binding.cipherInfo(n);
      if (i[1] === nameOrNid) { info = i; break; }
    }
  } else {
    info = binding.cipherInfo(nameOrNid);
  }
  if (info == null) return undefined;
  const [name, nid, mode, keyLen, ivLen, blockSize] = info;
  if (keyLength !== undefined && keyLength !== keyLen) return undefined;
  if (ivLength !== undefined && ivLength !== ivLen && !(mode === 'gcm' && ivLength > 0)) return undefined;
  const result = { mode, name, nid };
  if (blockSize > 0) result.blockSize = blockSize;
  if (ivLen > 0) result.ivLength = ivLength ?? ivLen;
  result.keyLength = keyLen;
  return result;
}

module.exports = {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo, ERR_INVALID_ARG_VALUE,
};
