'use strict';
// crypto.encapsulate / decapsulate: key encapsulation (RSASVE for RSA keys, RFC 9180's DHKEM for EC
// P-256/P-384/P-521 and X25519 keys), computed by the binding; the callback forms run on the pool.

const {
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_CRYPTO_OPERATION_FAILED, ERR_INVALID_ARG_TYPE,
} = require('internal/errors').codes;
const { validateFunction } = require('internal/validators');
const { binding, toBuffer, isView, isAnyArrayBuffer } = require('internal/crypto/util');
const { prepareKey } = require('internal/crypto/keys');

const keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

function encapsulationKey(key) {
  const handle = prepareKey(key, false, 'key', keyTypes);
  if (handle.type() === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', 'private or public');
  return handle;
}

function decapsulationKey(key) {
  const handle = prepareKey(key, true, 'key', keyTypes);
  if (handle.type() !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(handle.type(), 'private');
  return handle;
}

function result(pair) {
  return { sharedKey: toBuffer(pair[0]), ciphertext: toBuffer(pair[1]) };
}

function encapsulate(key, callback) {
  const handle = encapsulationKey(key);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    binding.encapsulateJob(handle, (err, pair) => {
      if (err !== null) callback(new Error('Deriving bits failed')); // Node's job error, without a code
      else callback(null, result(pair));
    });
    return;
  }
  const pair = binding.encapsulate(handle);
  if (pair === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to perform encapsulation');
  return result(pair);
}

function decapsulate(key, ciphertext, callback) {
  const handle = decapsulationKey(key);
  if (typeof ciphertext !== 'string' && !isView(ciphertext) && !isAnyArrayBuffer(ciphertext)) {
    throw new ERR_INVALID_ARG_TYPE('ciphertext', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
                                   ciphertext);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    binding.decapsulateJob(handle, ciphertext, (err, bytes) => {
      if (err !== null) callback(new Error('Deriving bits failed'));
      else callback(null, toBuffer(bytes));
    });
    return;
  }
  const bytes = binding.decapsulate(handle, ciphertext);
  if (bytes === null) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to perform decapsulation');
  return toBuffer(bytes);
}

module.exports = { encapsulate, decapsulate };
