'use strict';
// checkPrime(Sync) and generatePrime(Sync): probable-prime tests and random primes (Java's BigInteger).

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = require('internal/errors').codes;
const { validateBoolean, validateFunction, validateInt32, validateObject } =
  require('internal/validators');
const { binding, isView, isAnyArrayBuffer } = require('internal/crypto/util');

const candidateTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function bigintBytes(value) {
  if (value < 0n) value = -value;
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return new Uint8Array(new ArrayBuffer(binding.decode(hex, 'hex')));
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') return bigintBytes(candidate);
  if (isView(candidate) || isAnyArrayBuffer(candidate)) return candidate;
  throw new ERR_INVALID_ARG_TYPE('candidate', candidateTypes, candidate);
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = candidateBytes(candidate);
  return binding.checkPrime(bytes, checkOptions(options));
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const bytes = candidateBytes(candidate);
  const checks = checkOptions(options);
  validateFunction(callback, 'callback');
  binding.checkPrimeJob(bytes, checks, (err, result) => (err !== null ? callback(new Error(err)) : callback(undefined, result)));
}

function bitLength(bytes) {
  const u8 = isAnyArrayBuffer(bytes) ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 0;
  while (i < u8.length && u8[i] === 0) i++;
  if (i === u8.length) return 0;
  return (u8.length - i - 1) * 8 + (32 - Math.clz32(u8[i]));
}

function compare(a, b) {
  const x = BigInt(`0x${binding.encode(a, 'hex') || '0'}`);
  const y = BigInt(`0x${binding.encode(b, 'hex') || '0'}`);
  return x < y ? -1 : x > y ? 1 : 0;
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  for (const [name, value] of [['add', add], ['rem', rem]]) {
    if (value !== undefined && typeof value !== 'bigint' && !isView(value) && !isAnyArrayBuffer(value)) {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], value);
    }
  }
  if (typeof add === 'bigint') add = bigintBytes(add);
  if (typeof rem === 'bigint') rem = bigintBytes(rem);
  if (add !== undefined) {
    if (bitLength(add) > size) throw invalid('options.add');
    if (rem !== undefined && compare(add, rem) <= 0) throw invalid('options.rem');
  }
  return { safe, bigint, add: add ?? null, rem: add === undefined ? null : rem ?? null };
}

function invalid(name) {
  const err = new ERR_OUT_OF_RANGE(name, 'valid', name);
  err.message = `invalid ${name}`;
  return err;
}

function result(hostBytes, bigint) {
  const buffer = new ArrayBuffer(hostBytes);
  if (!bigint) return buffer.slice(0);
  return BigInt(`0x${binding.encode(hostBytes, 'hex')}`);
}

function generatePrimeSync(size, options = {}) {
  const a = primeArgs(size, options);
  return result(binding.generatePrime(size, a.safe, a.add, a.rem), a.bigint);
}

function generatePrime(size, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const a = primeArgs(size, options);
  binding.generatePrimeJob(size, a.safe, a.add, a.rem, (err, bytes) => {
    if (err !== null) return callback(new Error(err));
    callback(undefined, result(bytes, a.bigint));
  });
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
