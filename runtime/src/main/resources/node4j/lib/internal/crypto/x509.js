'use strict';
// X509Certificate over the JDK's certificate parser (X509Handle), with OpenSSL's text forms.

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
const { validateObject, validateString, validateBoolean } = require('internal/validators');
const { binding, toBuffer, isView, isAnyArrayBuffer, opensslError } = require('internal/crypto/util');
const keys = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const kCache = Symbol('kCache');

const signatureNames = {
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1', '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256', '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512', '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption', '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption', '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption', '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.3.101.112': 'ED25519', '1.3.101.113': 'ED448',
};

function cached(self, key, compute) {
  const cache = self[kCache];
  if (!(key in cache)) cache[key] = compute();
  return cache[key];
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = new Uint8Array(new ArrayBuffer(binding.decode(buffer, 'utf8')));
    if (!isView(buffer) && !isAnyArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const handle = binding.x509(buffer);
    if (handle == null) {
      const first = isAnyArrayBuffer(buffer) ? new Uint8Array(buffer)[0] : buffer.byteLength > 0 ? new Uint8Array(buffer.buffer, buffer.byteOffset, 1)[0] : 0;
      if (first === 0x30) throw opensslError('header too long', 'asn1 encoding routines', '0680007B', 'ERR_OSSL_ASN1_HEADER_TOO_LONG');
      throw opensslError('no start line', 'PEM routines', '0480006C', 'ERR_OSSL_PEM_NO_START_LINE');
    }
    Object.defineProperty(this, kHandle, { value: handle });
    Object.defineProperty(this, kCache, { value: { __proto__: null } });
  }

  get subject() { return cached(this, 'subject', () => this[kHandle].subject()); }

  get subjectAltName() {
    return cached(this, 'subjectAltName', () => {
      const names = this[kHandle].altNames();
      return names == null ? undefined : Array.from(names, (n) => `${n[0]}:${n[1]}`).join(', ');
    });
  }

  get issuer() { return cached(this, 'issuer', () => this[kHandle].issuer()); }

  get issuerCertificate() { return undefined; }

  get infoAccess() { return undefined; }

  get validFrom() { return cached(this, 'validFrom', () => this[kHandle].validFrom()); }

  get validTo() { return cached(this, 'validTo', () => this[kHandle].validTo()); }

  get validFromDate() { return new Date(this[kHandle].validFromMillis()); }

  get validToDate() { return new Date(this[kHandle].validToMillis()); }

  get fingerprint() { return cached(this, 'fingerprint', () => this[kHandle].fingerprint('SHA-1')); }

  get fingerprint256() { return cached(this, 'fingerprint256', () => this[kHandle].fingerprint('SHA-256')); }

  get fingerprint512() { return cached(this, 'fingerprint512', () => this[kHandle].fingerprint('SHA-512')); }

  get keyUsage() {
    return cached(this, 'keyUsage', () => {
      const u = this[kHandle].extKeyUsage();
      return u == null ? undefined : Array.from(u);
    });
  }

  get serialNumber() { return cached(this, 'serialNumber', () => this[kHandle].serialNumber()); }

  get raw() { return cached(this, 'raw', () => toBuffer(this[kHandle].raw())); }

  get publicKey() {
    return cached(this, 'publicKey', () => new keys.PublicKeyObject(binding.keyFromDer(this[kHandle].publicKeyDer(), 'spki', false)));
  }

  get ca() { return cached(this, 'ca', () => this[kHandle].ca()); }

  get signatureAlgorithmOid() { return this[kHandle].sigAlgOid(); }

  get signatureAlgorithm() { return signatureNames[this.signatureAlgorithmOid]; }

  toString() { return cached(this, 'pem', () => this[kHandle].pem()); }

  toJSON() { return this.toString(); }

  checkHost(name, options) {
    validateString(name, 'name');
    const opts = checkOptions(options);
    const names = this[kHandle].altNames();
    const dns = names == null ? [] : Array.from(names).filter((n) => n[0] === 'DNS').map((n) => n[1]);
    for (const candidate of dns) {
      if (hostMatches(candidate, name, opts)) return candidate;
    }
    if (opts.subject === 'always' || (opts.subject === 'default' && dns.length === 0)) {
      for (const cn of subjectValues(this.subject, 'CN')) {
        if (hostMatches(cn, name, opts)) return cn;
      }
    }
    return undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const opts = checkOptions(options);
    const names = this[kHandle].altNames();
    const emails = names == null ? [] : Array.from(names).filter((n) => n[0] === 'email').map((n) => n[1]);
    const lower = email;
    for (const candidate of emails) if (candidate === lower) return candidate;
    if (opts.subject === 'always' || (opts.subject === 'default' && emails.length === 0)) {
      for (const v of subjectValues(this.subject, 'emailAddress')) if (v === lower) return v;
    }
    return undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const { isIP } = ipTools();
    if (!isIP(ip)) {
      const err = new ERR_INVALID_ARG_VALUE('ip', ip);
      err.message = 'Invalid name';
      throw err;
    }
    const names = this[kHandle].altNames();
    const ips = names == null ? [] : Array.from(names).filter((n) => n[0] === 'IP Address').map((n) => n[1]);
    for (const candidate of ips) if (candidate === ip) return candidate;
    return undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kHandle].issuedBy(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!keys.isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].matchesPrivateKey(pkey[keys.kHandle]);
  }

  verify(pkey) {
    if (!keys.isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].verify(pkey[keys.kHandle]);
  }

  toLegacyObject() {
    const pub = this.publicKey;
    const kind = pub.asymmetricKeyType;
    const jwk = kind === 'rsa' || kind === 'ec' ? pub.export({ format: 'jwk' }) : undefined;
    const curveBits = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
    return {
      subject: legacyName(this.subject), issuer: legacyName(this.issuer), subjectaltname: this.subjectAltName,
      infoAccess: undefined, ca: this.ca,
      modulus: kind === 'rsa' ? Buffer.from(jwk.n, 'base64url').toString('hex').toUpperCase() : undefined,
      exponent: kind === 'rsa' ? `0x${pub.asymmetricKeyDetails.publicExponent.toString(16)}` : undefined,
      pubkey: kind === 'rsa' ? pub.export({ format: 'der', type: 'spki' }) : kind === 'ec' ? Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'),
                                             Buffer.from(jwk.y, 'base64url')]) : undefined,
      bits: kind === 'rsa' ? pub.asymmetricKeyDetails.modulusLength : kind === 'ec' ? curveBits[jwk.crv] : undefined,
      valid_from: this.validFrom, valid_to: this.validTo, fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256, fingerprint512: this.fingerprint512, ext_key_usage: this.keyUsage,
      serialNumber: this.serialNumber, raw: this.raw,
      asn1Curve: kind === 'ec' ? { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' }[jwk.crv] : undefined,
      nistCurve: kind === 'ec' ? jwk.crv : undefined,
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject, subjectAltName: this.subjectAltName, issuer: this.issuer, infoAccess: this.infoAccess,
      validFrom: this.validFrom, validTo: this.validTo, validFromDate: this.validFromDate, validToDate: this.validToDate,
      fingerprint: this.fingerprint, fingerprint256: this.fingerprint256, fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage, serialNumber: this.serialNumber, signatureAlgorithm: this.signatureAlgorithm,
      signatureAlgorithmOid: this.signatureAlgorithmOid,
    }, opts)}`;
  }
}

function ipTools() {
  return {
    isIP(s) {
      if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split('.').every((p) => Number(p) <= 255);
      return /^[0-9a-fA-F:.]+$/.test(s) && s.includes(':');
    },
  };
}

function legacyName(text) {
  const out = { __proto__: null };
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    const k = line.slice(0, at);
    const v = line.slice(at + 1);
    if (k in out) out[k] = [].concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

function subjectValues(subject, type) {
  return subject.split('\n').filter((l) => l.startsWith(`${type}=`)).map((l) => l.slice(type.length + 1));
}

function checkOptions(options) {
  const o = { subject: 'default', wildcards: true, partialWildcards: true, multiLabelWildcards: false,
              singleLabelSubdomains: false };
  if (options === undefined) return o;
  validateObject(options, 'options');
  if (options.subject !== undefined) {
    if (!['default', 'always', 'never'].includes(options.subject)) {
      throw new ERR_INVALID_ARG_VALUE('options.subject', options.subject);
    }
    o.subject = options.subject;
  }
  for (const k of ['wildcards', 'partialWildcards', 'multiLabelWildcards', 'singleLabelSubdomains']) {
    if (options[k] !== undefined) {
      validateBoolean(options[k], `options.${k}`);
      o[k] = options[k];
    }
  }
  return o;
}

// RFC 6125 matching: case-insensitive, a wildcard only as the whole leftmost label (or a part of it
// with partialWildcards), covering exactly one label.
function hostMatches(pattern, host, opts) {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.includes('*')) return p === h;
  if (!opts.wildcards) return false;
  const pl = p.split('.');
  const hl = h.split('.');
  if (pl.length < 3 || pl.slice(1).some((l) => l.includes('*'))) return false;
  if (pl.length !== hl.length && !opts.multiLabelWildcards) return false;
  if (pl.slice(1).join('.') !== hl.slice(1).join('.')) return false;
  const first = pl[0];
  if (first === '*') return hl[0].length > 0;
  if (!opts.partialWildcards) return false;
  const [pre, post] = first.split('*');
  return hl[0].length >= pre.length + post.length && hl[0].startsWith(pre) && hl[0].endsWith(post);
}

module.exports = { X509Certificate };
