'use strict';
// node:url: the WHATWG URL API (internal/url.js) with its file-path and http helpers, and the
// legacy API (url.parse, url.format, url.resolve, Url) with the quirks programs rely on.

const {
  URL, URLSearchParams, isURL, recordOf, fileURLToPath, fileURLToPathBuffer, pathToFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode, formatURL,
} = require('internal/url');
const { encodeStr, safeTable } = require('internal/querystring');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } = require('internal/errors').codes;
const { validateString, validateObject } = require('internal/validators');
const { isInsideNodeModules } = require('internal/util/caller');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Protocols that never have a host, and those whose URLs always carry "//".
const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
                         'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const simplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const protocolPattern = /^[a-z0-9.+-]+:/i;
const authBeforeHost = /^\/\/[^@/]+@[^@/]+/;
const portPattern = /:[0-9]*$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIPv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters url.parse escapes in everything after the host, whatever the protocol asks.
const autoEscaped = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27',
                      '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B',
                      '|': '%7C', '}': '%7D' };
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end the host when they come before any '@' (RFC 2396 never allows them).
const NOT_HOST = new Uint8Array(128);
for (const ch of '\t\n\r "%\';<>\\^`{|}') NOT_HOST[ch.charCodeAt(0)] = 1;
for (const ch of '#/?') NOT_HOST[ch.charCodeAt(0)] = 2;

const isWhitespace = (c) => c < 33 || c === 0xa0 || c === 0xfeff;

let warned = false;
let warnedInvalidPort = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warned) {
    warned = true;
    if (!isInsideNodeModules()) {
      process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
        'security implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
        'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
    }
  }
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

// The input without surrounding whitespace, with backslashes before the first '?' or '#' made
// forward slashes; and whether it has a '#' and an '@' (before that split).
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let text = url.slice(start, end);
  let hasHash = false;
  let hasAt = false;
  let split = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40) hasAt = true;
    else if (c === 0x23 || c === 0x3f) { split = i; break; }
  }
  if (text.includes('#')) hasHash = true;
  if (text.lastIndexOf('\\', split) !== -1) {
    text = text.slice(0, split).replace(/\\/g, '/') + text.slice(split);
  }
  return { text, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const { text, hasHash, hasAt } = prepare(url);
  let rest = text;

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePath.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || authBeforeHost.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (lowerProto !== 'javascript' && lowerProto !== 'javascript:') {
    rest = rest.replace(autoEscapePattern, (ch) => autoEscaped[ch]);
  }

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  const questionAt = beforeHash.indexOf('?');
  if (questionAt !== -1) {
    this.search = beforeHash.slice(questionAt);
    this.query = beforeHash.slice(questionAt + 1);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = questionAt !== -1 ? questionAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, hostname and port from the start of rest; returns what follows the host.
function parseAuthority(self, rest, url) {
  // The host ends at the first '#', '/' or '?'. Characters a host cannot have end it too, unless
  // an '@' comes later: then they were part of the credentials.
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    const kind = c < 0x80 ? NOT_HOST[c] : 0;
    if (kind === 2) {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (kind === 1) {
      if (nonHost === -1) nonHost = i;
    } else if (c === 0x40) {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIPv6Hostname(hostname);
  if (!ipv6) {
    // A hostname with path-like characters is cut there; the remainder starts the path.
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 0x2f || c === 0x5c || c === 0x23 || c === 0x3f || c === 0x3a) {
        if (c === 0x3a && !warnedInvalidPort) {
          // A port that is not a number: still accepted, with a warning (once).
          warnedInvalidPort = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                              'DeprecationWarning', 'DEP0170');
        }
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  self.hostname = self.hostname.length > 255 ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenIPv6HostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      self.hostname = internalBinding('url').domainToASCII(self.hostname) ?? '';
      // Characters only IDNA processing could have produced: refuse rather than guess.
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function isIPv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Auth characters url.format leaves as they are.
const AUTH_SAFE = safeTable("!$&'()*+,-.;=:_~");

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, AUTH_SAFE)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = this.hostname;
    host = auth + (name.includes(':') && !isIPv6Hostname(name) ? `[${name}]` : name);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';
  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject, { fragment, unicode, search, auth });
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolveObject = require('internal/url/legacy_resolve').makeResolveObject(Url, slashed, hostless);

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  // Loaded on first use: most programs that require('url') never touch it.
  get URLPattern() {
    const { URLPattern } = require('internal/url_pattern');
    Object.defineProperty(module.exports, 'URLPattern', {
      __proto__: null, value: URLPattern, writable: true, enumerable: true, configurable: true,
    });
    return URLPattern;
  },
  set URLPattern(value) {
    Object.defineProperty(module.exports, 'URLPattern', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
