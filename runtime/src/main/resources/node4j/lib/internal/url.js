'use strict';
// WHATWG URL and URLSearchParams (the URL Standard), and the file-URL and http-options helpers
// node:url builds on. Parsing is Java (io.node4j.runtime.url, through internalBinding('url')).

const { FORM, PATH, percentEncode, percentDecode, percentDecodeBytes } = require('internal/url/encoding');
const {
  ERR_INVALID_URL, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_ARG_NOT_ITERABLE, ERR_INVALID_TUPLE,
  ERR_INVALID_ARG_TYPE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
} = require('internal/errors').codes;
const { validateFunction, validateObject, validateString } = require('internal/validators');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/format');
  return inspectModule.inspect;
}
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const toUSVString = (value) => `${value}`.toWellFormed();

// ---- application/x-www-form-urlencoded ----

// Parses a query into a flat [name, value, name, value...] list.
function parseForm(input) {
  const list = [];
  if (input === '') return list;
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('&', start);
    if (end === -1) end = input.length;
    if (end > start) {
      const eq = input.indexOf('=', start);
      if (eq !== -1 && eq < end) {
        list.push(percentDecode(input.slice(start, eq), true), percentDecode(input.slice(eq + 1, end), true));
      } else {
        list.push(percentDecode(input.slice(start, end), true), '');
      }
    }
    start = end + 1;
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${percentEncode(list[i], FORM, true)}=${percentEncode(list[i + 1], FORM, true)}`;
  }
  return out;
}

// ---- URLSearchParams ----

let attachParams; // (params, url): binds params to a URL; set in the class's static block
let resetParams; // (params, query): replaces the list from a URL's new query
let setQuery; // (url, query): the URL side of the update steps; set in URL's static block

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === URLSearchParams.prototype.entries && #list in init) {
        this.#list = init.#list.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const entry = Array.from(pair);
          if (entry.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(entry[0]), toUSVString(entry[1]));
        }
      } else {
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const index = seen.get(name);
          if (index !== undefined) {
            this.#list[index] = value;
          } else {
            seen.set(name, this.#list.length + 1);
            this.#list.push(name, value);
          }
        }
      }
    } else {
      let query = toUSVString(init);
      if (query.charCodeAt(0) === 0x3f) query = query.slice(1);
      this.#list = parseForm(query);
    }
  }

  static {
    attachParams = (params, url) => { params.#url = url; };
    resetParams = (params, query) => { params.#list = query === null ? [] : parseForm(query); };
  }

  static isParams(value) {
    return (typeof value === 'object' || typeof value === 'function') && value !== null && #list in value;
  }

  #update() {
    if (this.#url !== null) {
      const query = serializeForm(this.#list);
      setQuery(this.#url, query === '' ? null : query);
    }
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const kept = [];
    if (value === undefined) {
      for (let i = 0; i < list.length; i += 2) if (list[i] !== name) kept.push(list[i], list[i + 1]);
    } else {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) kept.push(list[i], list[i + 1]);
      }
    }
    this.#list = kept;
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    const kept = [];
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        kept.push(list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        kept.push(name, value);
      }
    }
    if (!found) kept.push(name, value);
    this.#list = kept;
    this.#update();
  }

  sort() {
    checkParams(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    checkParams(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    // The list is read afresh each turn: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    checkParams(this);
    return createIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeForm(this.#list);
  }

  [customInspect](depth, options) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    return braceList(this.constructor.name, parts, options);
  }

  static listOf(params) {
    return params.#list;
  }
}
const listOf = URLSearchParams.listOf;
const isParams = URLSearchParams.isParams;
delete URLSearchParams.listOf;
delete URLSearchParams.isParams;

function checkParams(value) {
  if (!isParams(value)) throw new ERR_INVALID_THIS('URLSearchParams');
}

// "Name { a, b }", or one item a line when the items are wider than breakLength.
function braceList(name, parts, options) {
  if (parts.length === 0) return `${name} {}`;
  const strip = (s) => s.replace(/\u001b\[\d\d?m/g, '');
  const width = parts.reduce((sum, part) => sum + strip(part).length + 2, -2);
  if (width > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  return `${name} { ${parts.join(', ')} }`;
}

for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
                    'keys', 'values', 'toString', 'size']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

// ---- URLSearchParams Iterator ----

const iteratorState = new WeakMap();

function createIterator(params, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(iterator, { params, kind, index: 0 });
  return iterator;
}

function iteratorItem(list, i, kind) {
  if (kind === 'key') return list[i];
  if (kind === 'value') return list[i + 1];
  return [list[i], list[i + 1]];
}

const URLSearchParamsIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      value: function next() {
        const state = iteratorState.get(this);
        if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
        const list = listOf(state.params);
        if (state.index >= list.length) return { value: undefined, done: true };
        const value = iteratorItem(list, state.index, state.kind);
        state.index += 2;
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [customInspect]: {
      value: function inspectIterator(depth, options) {
        const state = iteratorState.get(this);
        if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
        if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
        const inspect = lazyInspect();
        const inner = { ...options, depth: depth === null ? null : depth - 1 };
        const list = listOf(state.params);
        const parts = [];
        for (let i = state.index; i < list.length; i += 2) {
          parts.push(inspect(iteratorItem(list, i, state.kind), inner));
        }
        // An exhausted iterator shows two spaces between its braces, as Node's does.
        if (parts.length === 0) return 'URLSearchParams Iterator {  }';
        return braceList('URLSearchParams Iterator', parts, options);
      },
      writable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  });

// ---- URL ----

// The parser is Java (internal binding 'url'): a URL holds the binding's record of itself and each
// property is one call into it.
const urlBinding = internalBinding('url');

function parseOrThrow(input, base) {
  const record = urlBinding.parse(input, base === undefined ? null : base);
  if (record === null) throw new ERR_INVALID_URL(input, base);
  return record;
}

function tryParse(input, base) {
  return urlBinding.parse(input, base === undefined ? null : base);
}

let recordOf; // (url): its URL record, for node:url's helpers
let fromRecord; // (record): a URL around an existing record
const kFromRecord = Symbol('kFromRecord');

class URL {
  #url;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (input === kFromRecord) {
      this.#url = base;
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    this.#url = parseOrThrow(input, base);
  }

  static {
    setQuery = (url, query) => { url.#url.setQuery(query); };
    recordOf = (url) => url.#url;
    fromRecord = (record) => new URL(kFromRecord, record);
  }

  static isURL(value) {
    return (typeof value === 'object' || typeof value === 'function') && value !== null && #url in value;
  }

  #queryChanged() {
    if (this.#searchParams !== null) resetParams(this.#searchParams, this.#url.query());
  }

  toString() {
    return this.#url.href();
  }

  get href() {
    return this.#url.href();
  }

  set href(value) {
    value = toUSVString(value);
    if (!this.#url.setHref(value)) throw new ERR_INVALID_URL(value);
    this.#queryChanged();
  }

  get origin() {
    return this.#url.origin();
  }

  get protocol() {
    return this.#url.protocol();
  }

  set protocol(value) {
    this.#url.setProtocol(toUSVString(value));
  }

  get username() {
    return this.#url.username();
  }

  set username(value) {
    this.#url.setUsername(toUSVString(value));
  }

  get password() {
    return this.#url.password();
  }

  set password(value) {
    this.#url.setPassword(toUSVString(value));
  }

  get host() {
    return this.#url.host();
  }

  set host(value) {
    this.#url.setHost(toUSVString(value));
  }

  get hostname() {
    return this.#url.hostname();
  }

  set hostname(value) {
    this.#url.setHostname(toUSVString(value));
  }

  get port() {
    return this.#url.port();
  }

  set port(value) {
    this.#url.setPort(toUSVString(value));
  }

  get pathname() {
    return this.#url.pathname();
  }

  set pathname(value) {
    this.#url.setPathname(toUSVString(value));
  }

  get search() {
    return this.#url.search();
  }

  set search(value) {
    this.#url.setSearch(toUSVString(value));
    this.#queryChanged();
  }

  get searchParams() {
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      resetParams(params, this.#url.query());
      attachParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    return this.#url.hash();
  }

  set hash(value) {
    this.#url.setHash(toUSVString(value));
  }

  toJSON() {
    return this.#url.href();
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = typeof this.constructor === 'function' ? this.constructor : URL;
    const shown = { __proto__: { constructor: ctor } };
    for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                       'pathname', 'search', 'searchParams', 'hash']) {
      shown[key] = this[key];
    }
    return `${ctor.name} ${lazyInspect()(shown, options)}`;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    const record = tryParse(url, base);
    return record === null ? null : fromRecord(record);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return tryParse(url, base) !== null;
  }

  static createObjectURL(obj) {
    const blob = require('internal/blob');
    if (!blob.isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    return blob.createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(url);
  }
}

const isURL = URL.isURL;
delete URL.isURL;

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                    'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// ---- file URLs, http options, domains ----

let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

// What the file-URL helpers take for a URL: anything shaped like one (Node checks the shape, not the
// class), but not a legacy url.parse() result, which has `auth` and `path`.
function isURLLike(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function fileURLOf(path) {
  let url = path;
  if (typeof path === 'string') url = new URL(path);
  else if (!isURLLike(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return url;
}

function fileURLToPath(path, options = undefined) {
  const url = fileURLOf(path);
  return options?.windows ? windowsPathFromURL(url) : posixPathFromURL(url);
}

// The path's bytes, percent-decoded without UTF-8 decoding, so that names which are not UTF-8 survive
// (and, as in Node, without fileURLToPath's check for encoded slashes).
function fileURLToPathBuffer(path, options = undefined) {
  const url = fileURLOf(path);
  const { Buffer } = require('buffer');
  const hostname = url.hostname;
  if (!options?.windows) {
    if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
    return Buffer.from(percentDecodeBytes(url.pathname));
  }
  const bytes = Buffer.from(percentDecodeBytes(url.pathname.replace(/\//g, '\\')));
  if (hostname !== '') return Buffer.concat([Buffer.from(`\\\\${domainToUnicode(hostname)}`), bytes]);
  const letter = bytes[1] | 0x20;
  if (letter < 0x61 || letter > 0x7a || bytes[2] !== 0x3a) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return bytes.subarray(1);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname.charCodeAt(2) !== 0x3a) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

// What pathToFileURL escapes: the path set, and '%', '\\', '[', ']', '|' and '~'.
const FILE_PATH = new Uint8Array(PATH);
for (const ch of '%\\[]|~') FILE_PATH[ch.charCodeAt(0)] = 1;

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, 'path');
  const windows = Boolean(options?.windows);
  if (windows && filepath.startsWith('\\\\')) {
    // A UNC path: \\server\share\rest
    const parts = filepath.split('\\');
    const url = new URL('file://');
    url.hostname = parts[2];
    url.pathname = parts.slice(3).map((part) => percentEncode(part, FILE_PATH)).join('/');
    return url;
  }
  const path = lazyPath();
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  // Compared with this platform's separator even for windows paths: "C:\\" gains a '/', as in Node.
  if ((last === 0x2f || (windows && last === 0x5c)) && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  if (windows) resolved = resolved.replace(/\\/g, '/');
  return new URL(`file://${windows ? '/' : ''}${percentEncode(resolved, FILE_PATH)}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// A domain as the hostname setter of a special URL takes it: null when it is not a valid host.
function hostOf(domain) {
  return urlBinding.hostOf(domain);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostOf(`${domain}`) ?? '';
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = hostOf(`${domain}`);
  if (host === null) return '';
  return host.startsWith('[') ? host : urlBinding.toUnicode(host);
}

// url.format(URL, options): the href without the parts options turn off.
function formatURL(url, { fragment, unicode, search, auth }) {
  return recordOf(url).format(Boolean(fragment), Boolean(unicode), Boolean(search), Boolean(auth));
}

module.exports = {
  URL, URLSearchParams, isURL, recordOf, parseForm, serializeForm, fileURLToPath, fileURLToPathBuffer,
  pathToFileURL,
  urlToHttpOptions, domainToASCII, domainToUnicode, formatURL,
};
