'use strict';
// crypto.Certificate: Netscape's SPKAC (signed public key and challenge), as HTML's old <keygen> sent
// it: base64 of SEQUENCE { SEQUENCE { SubjectPublicKeyInfo, IA5String challenge }, AlgorithmIdentifier,
// BIT STRING signature }. Like Node (OpenSSL's NETSCAPE_SPKI_b64_decode), input that does not decode or
// parse gives false from verifySpkac and '' from the exports, never an error.

const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;
const { isView, isAnyArrayBuffer } = require('internal/crypto/util');

const spkacTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// The SPKAC's text as bytes (a string through its encoding, as Node's getArrayBufferOrView does).
function spkacBytes(spkac, encoding) {
  if (typeof spkac === 'string') {
    if (encoding !== undefined && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return Buffer.from(spkac, encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (isAnyArrayBuffer(spkac)) return Buffer.from(spkac);
  if (isView(spkac)) return Buffer.from(spkac.buffer, spkac.byteOffset, spkac.byteLength);
  throw new ERR_INVALID_ARG_TYPE('spkac', spkacTypes, spkac);
}

// OpenSSL's EVP_DecodeBlock: blanks (space, tab) skipped in front, any whitespace at the end, then
// whole groups of four base64 characters, each giving three bytes ('=' counts as zero bits, wherever it
// is); anything else fails (null).
function decodeBase64(bytes) {
  let text = bytes.toString('latin1');
  text = text.replace(/^[ \t]+/, '').replace(/[ \t\r\n]+$/, '');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/=]*$/.test(text)) return null;
  return Buffer.from(text.replace(/=/g, 'A'), 'base64');
}

// One DER element at `at`: its tag, where its contents start and end, and where it ends.
function element(der, at) {
  if (at + 2 > der.length) throw new Error('truncated');
  const tag = der[at];
  let length = der[at + 1];
  let start = at + 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n === 0 || n > 4 || start + n > der.length) throw new Error('bad length');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + der[start + i];
    start += n;
  }
  const end = start + length;
  if (end > der.length) throw new Error('truncated');
  return { tag, start, end, whole: der.subarray(at, end) };
}

// The parts of an SPKAC, or null.
function parse(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  if (bytes.length === 0) return undefined;
  const der = decodeBase64(bytes);
  if (der === null) return null;
  try {
    const outer = element(der, 0);
    if (outer.tag !== 0x30) return null;
    const signed = element(der, outer.start);
    if (signed.tag !== 0x30) return null;
    const spki = element(der, signed.start);
    const challenge = element(der, spki.end);
    if (spki.tag !== 0x30 || challenge.tag !== 0x16) return null;
    const algorithm = element(der, signed.end);
    const signature = element(der, algorithm.end);
    if (algorithm.tag !== 0x30 || signature.tag !== 0x03) return null;
    const oid = element(der, algorithm.start);
    if (oid.tag !== 0x06) return null;
    return {
      signed: signed.whole, spki: spki.whole, challenge: der.subarray(challenge.start, challenge.end),
      algorithm: der.subarray(oid.start, oid.end).toString('hex'),
      signature: der.subarray(signature.start + 1, signature.end), // after the unused-bits byte
    };
  } catch {
    return null;
  }
}

// Signature algorithms by OID (hex of its DER contents): the digest, or null for one that has none.
const signatureDigests = new Map([
  ['2a864886f70d010104', 'md5'], ['2a864886f70d010105', 'sha1'], ['2a864886f70d01010e', 'sha224'],
  ['2a864886f70d01010b', 'sha256'], ['2a864886f70d01010c', 'sha384'], ['2a864886f70d01010d', 'sha512'],
  ['2a8648ce3d040301', 'sha224'], ['2a8648ce3d040302', 'sha256'], ['2a8648ce3d040303', 'sha384'],
  ['2a8648ce3d040304', 'sha512'], ['2a8648ce3d0401', 'sha1'], ['2b6570', null], ['2b6571', null],
]);

function verifySpkac(spkac, encoding) {
  const parts = parse(spkac, encoding);
  if (parts === undefined) return '';
  if (parts === null || !signatureDigests.has(parts.algorithm)) return false;
  try {
    const crypto = require('crypto');
    const key = crypto.createPublicKey({ key: parts.spki, format: 'der', type: 'spki' });
    return crypto.verify(signatureDigests.get(parts.algorithm), parts.signed, key, parts.signature);
  } catch {
    return false;
  }
}

function exportPublicKey(spkac, encoding) {
  const parts = parse(spkac, encoding);
  if (!parts) return '';
  const lines = parts.spki.toString('base64').match(/.{1,64}/g);
  return Buffer.from(`-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`, 'latin1');
}

function exportChallenge(spkac, encoding) {
  const parts = parse(spkac, encoding);
  if (!parts) return '';
  return Buffer.from(parts.challenge);
}

// Callable with or without new; the static methods and the instance methods are the same functions.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = { Certificate };
