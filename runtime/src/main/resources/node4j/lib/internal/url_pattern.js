'use strict';
// URLPattern, after the WHATWG URL Pattern standard, with the argument handling, errors and result
// shapes of Node 24 (whose URLPattern is ada's, in C++):
//   pattern string --tokenize--> tokens --parse--> parts --> one RegExp ('v' flag) per component,
//   and back from the parts to the normalized pattern string the getters return.
// A constructor string ('https://*.example.com/:id') is first split into components by a second,
// lenient tokenization (the constructor string parser). Fixed text is canonicalized the way the URL
// parser would write it (percent-encoding, punycode hosts, dot segments), using our URL parser.

const { USERINFO, percentEncode } = require('internal/url/encoding');
const { nativeError } = require('internal/errors');

const {
  PatternError, patternError, tokenize, escapePattern, compileComponent, matchesSpecialScheme,
  DEFAULT_OPTIONS, HOSTNAME_OPTIONS, PATHNAME_OPTIONS,
  tokenTypes: { OPEN, CLOSE, REGEXP, NAME, CHAR, ESCAPED_CHAR, ASTERISK, END, INVALID_CHAR },
} = require('internal/url_pattern/parser');

const RegExpPrototypeExec = RegExp.prototype.exec;

// ---- errors, worded as Node's C++ layer words them ----

function invalidPattern() {
  return nativeError(TypeError, 'ERR_INVALID_URL_PATTERN', 'Failed to construct URLPattern');
}

function invalidArgType(message) {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

function illegalInvocation() {
  return new TypeError('Illegal invocation');
}

// ---- canonicalization of fixed text, through the URL parser (a PatternError when it fails) ----

const url = internalBinding('url');

function isSpecialScheme(scheme) {
  return scheme === 'http' || scheme === 'https' || scheme === 'ws' || scheme === 'wss' || scheme === 'ftp' ||
    scheme === 'file';
}

function canonicalizeProtocol(value) {
  if (value === '') return value;
  const record = url.parse(`${value}://dummy.invalid/`, null);
  if (record === null) throw patternError();
  return record.scheme();
}

function canonicalizeUserinfo(value) {
  return percentEncode(value, USERINFO);
}

function canonicalizeHostname(value) {
  if (value === '') return value;
  // Hosts are parsed as for a special URL: lower case, punycode, IPv4 numbers, forbidden characters.
  const dummy = url.emptyRecord();
  dummy.setScheme('https');
  if (!dummy.override(value, url.HOSTNAME)) throw patternError();
  return dummy.hostname();
}

function canonicalizeIPv6Hostname(value) {
  if (!/^[0-9a-fA-F[\]:]*$/.test(value)) throw patternError();
  return value.toLowerCase();
}

function canonicalizePort(value, protocol = undefined) {
  if (value === '') return value;
  const dummy = url.emptyRecord();
  if (protocol !== undefined) dummy.setScheme(protocol);
  if (!dummy.override(value, url.PORT)) throw patternError();
  return dummy.port();
}

function canonicalizePathname(value) {
  if (value === '') return value;
  const leadingSlash = value[0] === '/';
  const dummy = url.emptyRecord();
  dummy.override(leadingSlash ? value : `/-${value}`, url.PATH_START);
  const path = dummy.pathname();
  return leadingSlash ? path : path.slice(2);
}

// A path after a scheme that is not special, as Node (ada) reads it: the text parsed after 'fake:', so
// that '/a b' is a path ('/a%20b') and 'a b' an opaque one ('a b').
function canonicalizeOpaquePathname(value) {
  if (value === '') return value;
  const record = url.parse(`fake:${value}`, null);
  if (record === null) throw patternError();
  return record.pathname();
}

function canonicalizeSearch(value) {
  if (value === '') return value;
  const dummy = url.emptyRecord();
  dummy.override(value, url.QUERY);
  return dummy.query();
}

function canonicalizeHash(value) {
  if (value === '') return value;
  const dummy = url.emptyRecord();
  dummy.override(value, url.FRAGMENT);
  return dummy.fragment();
}

// ---- URLPatternInit ----

const COMPONENTS = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
const INIT_KEYS = [...COMPONENTS, 'baseURL'];

// What Node reads of an init object: each member in this order, strings only (anything else counts
// as absent). The result is also what exec() reports as its input.
function readInit(object) {
  const init = {};
  for (const key of INIT_KEYS) {
    const value = object[key];
    init[key] = typeof value === 'string' ? value.toWellFormed() : undefined;
  }
  return init;
}

function isAbsolutePathname(input, asPattern) {
  if (input === '') return false;
  if (input[0] === '/') return true;
  if (!asPattern || input.length < 2) return false;
  return (input[0] === '\\' || input[0] === '{') && input[1] === '/';
}

// The standard's "process a URLPatternInit": init (as readInit gives it) completed from its base URL
// and, for inputs to match (asPattern false), canonicalized. Values given in `result` are defaults.
function processInit(init, asPattern, result) {
  const fromBase = (value) => (asPattern ? escapePattern(value) : value);
  let base = null;
  if (init.baseURL !== undefined) {
    base = url.parse(init.baseURL, null);
    if (base === null) throw patternError();
    const has = (...keys) => keys.some((key) => init[key] !== undefined);
    if (!has('protocol')) result.protocol = fromBase(base.scheme());
    if (!asPattern && !has('protocol', 'hostname', 'port', 'username')) {
      result.username = fromBase(base.username());
    }
    if (!asPattern && !has('protocol', 'hostname', 'port', 'username', 'password')) {
      result.password = fromBase(base.password());
    }
    if (!has('protocol', 'hostname')) result.hostname = fromBase(base.hostname());
    if (!has('protocol', 'hostname', 'port')) result.port = base.port();
    if (!has('protocol', 'hostname', 'port', 'pathname')) result.pathname = fromBase(base.pathname());
    if (!has('protocol', 'hostname', 'port', 'pathname', 'search')) result.search = fromBase(base.query() ?? '');
    if (!has('protocol', 'hostname', 'port', 'pathname', 'search', 'hash')) {
      result.hash = fromBase(base.fragment() ?? '');
    }
  }
  if (init.protocol !== undefined) {
    const protocol = init.protocol.endsWith(':') ? init.protocol.slice(0, -1) : init.protocol;
    result.protocol = asPattern ? protocol : canonicalizeProtocol(protocol);
  }
  if (init.username !== undefined) {
    result.username = asPattern ? init.username : canonicalizeUserinfo(init.username);
  }
  if (init.password !== undefined) {
    result.password = asPattern ? init.password : canonicalizeUserinfo(init.password);
  }
  if (init.hostname !== undefined) {
    result.hostname = asPattern ? init.hostname : canonicalizeHostname(init.hostname);
  }
  if (init.port !== undefined) {
    result.port = asPattern ? init.port : canonicalizePort(init.port, result.protocol);
  }
  if (init.pathname !== undefined) {
    let pathname = init.pathname;
    if (base !== null && !base.hasOpaquePath() && !isAbsolutePathname(pathname, asPattern)) {
      const basePath = fromBase(base.pathname());
      const slash = basePath.lastIndexOf('/');
      if (slash >= 0) pathname = basePath.slice(0, slash + 1) + pathname;
    }
    if (!asPattern) {
      const protocol = result.protocol;
      pathname = protocol === undefined || protocol === '' || isSpecialScheme(protocol)
        ? canonicalizePathname(pathname)
        : canonicalizeOpaquePathname(pathname);
    }
    result.pathname = pathname;
  }
  if (init.search !== undefined) {
    const search = init.search[0] === '?' ? init.search.slice(1) : init.search;
    result.search = asPattern ? search : canonicalizeSearch(search);
  }
  if (init.hash !== undefined) {
    const hash = init.hash[0] === '#' ? init.hash.slice(1) : init.hash;
    result.hash = asPattern ? hash : canonicalizeHash(hash);
  }
  return result;
}

// ---- the constructor string parser: 'https://user@*.host:8080/path?query#hash' -> init ----

const INIT = 0;
const PROTOCOL = 1;
const AUTHORITY = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOSTNAME = 5;
const PORT = 6;
const PATHNAME = 7;
const SEARCH = 8;
const HASH = 9;
const DONE = 10;
const STATE_KEYS = [, 'protocol',, 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];

function parseConstructorString(input) {
  const chars = Array.from(input);
  const tokens = tokenize(chars, true);
  const result = {};
  let state = INIT;
  let componentStart = 0;
  let at = 0;
  let increment = 1;
  let groupDepth = 0;
  let bracketDepth = 0;
  let specialProtocol = false;

  const tokenAt = (i) => (i < tokens.length ? tokens[i] : tokens[tokens.length - 1]);
  // Whether the token at i is the plain character ch (not part of a name, group or modifier).
  const isChar = (i, ch) => {
    const token = tokenAt(i);
    return token.value === ch && (token.type === CHAR || token.type === ESCAPED_CHAR || token.type === INVALID_CHAR);
  };
  const isSearchPrefix = () => {
    if (isChar(at, '?')) return true;
    if (tokens[at].value !== '?') return false;
    if (at === 0) return true;
    const type = tokenAt(at - 1).type;
    return !(type === NAME || type === REGEXP || type === CLOSE || type === ASTERISK);
  };
  const componentText = () =>
    chars.slice(tokenAt(componentStart).index, tokens[at].index).join('');
  const rewind = () => {
    at = componentStart;
    increment = 0;
  };
  const changeState = (next, skip) => {
    if (state !== INIT && state !== AUTHORITY && state !== DONE) result[STATE_KEYS[state]] = componentText();
    if (state !== INIT && next !== DONE) {
      if (state >= PROTOCOL && state <= PASSWORD && next >= PORT && next <= HASH && result.hostname === undefined) {
        result.hostname = '';
      }
      if (state >= PROTOCOL && state <= PORT && (next === SEARCH || next === HASH) && result.pathname === undefined) {
        result.pathname = specialProtocol ? '/' : '';
      }
      if (state >= PROTOCOL && state <= PATHNAME && next === HASH && result.search === undefined) {
        result.search = '';
      }
    }
    state = next;
    at += skip;
    componentStart = at;
    increment = 0;
  };

  while (at < tokens.length) {
    increment = 1;
    if (tokens[at].type === END) {
      if (state === INIT) {
        rewind();
        if (isChar(at, '#')) changeState(HASH, 1);
        else if (isSearchPrefix()) changeState(SEARCH, 1);
        else changeState(PATHNAME, 0);
        at += increment;
        continue;
      }
      if (state === AUTHORITY) {
        rewind();
        state = HOSTNAME;
        at += increment;
        continue;
      }
      changeState(DONE, 0);
      break;
    }
    if (tokens[at].type === OPEN) {
      groupDepth++;
      at += increment;
      continue;
    }
    if (groupDepth > 0) {
      if (tokens[at].type === CLOSE) {
        groupDepth--;
      } else {
        at += increment;
        continue;
      }
    }
    switch (state) {
      case INIT:
        if (isChar(at, ':')) {
          rewind();
          state = PROTOCOL;
        }
        break;
      case PROTOCOL:
        if (isChar(at, ':')) {
          const protocol = compileComponent(componentText(), canonicalizeProtocol, DEFAULT_OPTIONS);
          specialProtocol = matchesSpecialScheme(protocol);
          if (isChar(at + 1, '/') && isChar(at + 2, '/')) changeState(AUTHORITY, 3);
          else if (specialProtocol) changeState(AUTHORITY, 1);
          else changeState(PATHNAME, 1);
        }
        break;
      case AUTHORITY:
        if (isChar(at, '@')) {
          rewind();
          state = USERNAME;
        } else if (isChar(at, '/') || isSearchPrefix() || isChar(at, '#')) {
          rewind();
          state = HOSTNAME;
        }
        break;
      case USERNAME:
        if (isChar(at, ':')) changeState(PASSWORD, 1);
        else if (isChar(at, '@')) changeState(HOSTNAME, 1);
        break;
      case PASSWORD:
        if (isChar(at, '@')) changeState(HOSTNAME, 1);
        break;
      case HOSTNAME:
        if (isChar(at, '[')) bracketDepth++;
        else if (isChar(at, ']')) bracketDepth--;
        else if (isChar(at, ':') && bracketDepth === 0) changeState(PORT, 1);
        else if (isChar(at, '/')) changeState(PATHNAME, 0);
        else if (isSearchPrefix()) changeState(SEARCH, 1);
        else if (isChar(at, '#')) changeState(HASH, 1);
        break;
      case PORT:
        if (isChar(at, '/')) changeState(PATHNAME, 0);
        else if (isSearchPrefix()) changeState(SEARCH, 1);
        else if (isChar(at, '#')) changeState(HASH, 1);
        break;
      case PATHNAME:
        if (isSearchPrefix()) changeState(SEARCH, 1);
        else if (isChar(at, '#')) changeState(HASH, 1);
        break;
      case SEARCH:
        if (isChar(at, '#')) changeState(HASH, 1);
        break;
      default:
        break;
    }
    at += increment;
  }
  if (result.hostname !== undefined && result.port === undefined) result.port = '';
  return result;
}

// ---- URLPattern ----

function isIPv6Pattern(hostname) {
  if (hostname.length < 2) return false;
  return hostname[0] === '[' || ((hostname[0] === '{' || hostname[0] === '\\') && hostname[1] === '[');
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// The prototype of exec()'s group records: an empty object over Object.prototype, as Node's are.
const groupsPrototype = {};

// The ports a pattern for a special scheme drops as its default ('0' for file, as Node has it).
const PATTERN_DEFAULT_PORTS = {
  __proto__: null, 'ftp': '21', 'file': '0', 'http': '80', 'https': '443', 'ws': '80', 'wss': '443',
};

// Compiles a pattern: input is a constructor string or a read init; baseURL a string or undefined.
function compilePattern(input, baseURL, ignoreCase) {
  let init;
  if (typeof input === 'string') {
    init = readInit(parseConstructorString(input));
    if (baseURL === undefined && init.protocol === undefined) throw patternError();
    init.baseURL = baseURL;
  } else {
    if (baseURL !== undefined) throw patternError();
    init = input;
  }
  const processed = processInit(init, true, {});
  for (const key of COMPONENTS) processed[key] ??= '*';
  if (processed.port === PATTERN_DEFAULT_PORTS[processed.protocol]) processed.port = '';
  const options = { ...DEFAULT_OPTIONS, ignoreCase };
  const protocol = compileComponent(processed.protocol, canonicalizeProtocol, DEFAULT_OPTIONS);
  return {
    protocol,
    username: compileComponent(processed.username, canonicalizeUserinfo, DEFAULT_OPTIONS),
    password: compileComponent(processed.password, canonicalizeUserinfo, DEFAULT_OPTIONS),
    hostname: isIPv6Pattern(processed.hostname)
      ? compileComponent(processed.hostname, canonicalizeIPv6Hostname, HOSTNAME_OPTIONS)
      : compileComponent(processed.hostname, canonicalizeHostname, HOSTNAME_OPTIONS),
    port: compileComponent(processed.port, canonicalizePort, DEFAULT_OPTIONS),
    pathname: matchesSpecialScheme(protocol)
      ? compileComponent(processed.pathname, canonicalizePathname, { ...PATHNAME_OPTIONS, ignoreCase })
      : compileComponent(processed.pathname, canonicalizeOpaquePathname, options),
    search: compileComponent(processed.search, canonicalizeSearch, options),
    hash: compileComponent(processed.hash, canonicalizeHash, options),
  };
}

// The class holding a pattern's state. The URLPattern users see is the function below, because a
// class constructor called without `new` throws the engine's own error before any code of ours runs.
class URLPatternImpl {
  #components;
  #hasRegExpGroups;

  constructor(argc, input, baseURLOrOptions, options) {
    let init;
    if (typeof input === 'string') {
      init = input.toWellFormed();
    } else if (input === undefined || input === null) {
      init = readInit({});
    } else if (isObject(input)) {
      init = readInit(input);
    } else {
      throw invalidArgType('Input must be an object or a string');
    }
    let baseURL;
    let optionsObject;
    if (argc >= 3) {
      if (typeof baseURLOrOptions === 'string') baseURL = baseURLOrOptions.toWellFormed();
      else if (baseURLOrOptions === undefined || baseURLOrOptions === null) baseURL = '';
      else throw invalidArgType('second argument must be a string');
      if (isObject(options)) optionsObject = options;
      else if (options !== undefined && options !== null) throw invalidArgType('options must be an object');
    } else if (typeof baseURLOrOptions === 'string') {
      baseURL = baseURLOrOptions.toWellFormed();
    } else if (isObject(baseURLOrOptions)) {
      optionsObject = baseURLOrOptions;
    } else if (baseURLOrOptions !== undefined && baseURLOrOptions !== null) {
      throw invalidArgType('second argument must be a string or object');
    }
    const ignoreCase = optionsObject === undefined ? false : Boolean(optionsObject.ignoreCase);
    let components;
    try {
      components = compilePattern(init, baseURL, ignoreCase);
    } catch (err) {
      if (err instanceof PatternError) throw invalidPattern();
      throw err;
    }
    this.#components = components;
    this.#hasRegExpGroups = COMPONENTS.some((key) => components[key].hasRegExpGroups);
  }

  static {
    // The components a match needs: null when the input is no URL (or a bad init).
    const matchInputs = (input, baseURL, what) => {
      const values = { protocol: '', username: '', password: '', hostname: '', port: '', pathname: '',
                       search: '', hash: '' };
      if (input === undefined || input === null || (typeof input !== 'string' && isObject(input))) {
        const init = readInit(input ?? {});
        if (baseURL !== undefined) {
          throw nativeError(TypeError, 'ERR_OPERATION_FAILED', `Failed to ${what} URLPattern`);
        }
        try {
          return { values: processInit(init, false, values), inputs: [init] };
        } catch (err) {
          if (err instanceof PatternError) return null;
          throw err;
        }
      }
      if (typeof input !== 'string') {
        throw invalidArgType('URLPattern input needs to be a string or an object');
      }
      input = input.toWellFormed();
      const inputs = [input];
      if (baseURL !== undefined) inputs.push(baseURL);
      // Node resolves a relative input without a base against an empty URL (no scheme, no host):
      // 'a/b?x' matches as pathname '/a/b' and search 'x'.
      let record = url.parse(input, baseURL === undefined ? null : baseURL);
      if (record === null && baseURL === undefined) record = url.parseAgainst(input, url.emptyRecord());
      if (record === null) return null;
      values.protocol = record.scheme();
      values.username = record.username();
      values.password = record.password();
      values.hostname = record.hostname();
      values.port = record.port();
      values.pathname = record.pathname();
      values.search = record.query() ?? '';
      values.hash = record.fragment() ?? '';
      return { values, inputs };
    };

    const checkBase = (baseURL) => {
      if (baseURL === undefined) return undefined;
      if (baseURL === null) return '';
      if (typeof baseURL !== 'string') throw invalidArgType('baseURL must be a string');
      return baseURL.toWellFormed();
    };

    const match = (pattern, input, baseURL, what) => {
      if (!(#components in pattern)) throw illegalInvocation();
      baseURL = checkBase(baseURL);
      const matched = matchInputs(input, baseURL, what);
      if (matched === null) return null;
      const components = pattern.#components;
      const results = {};
      for (const key of COMPONENTS) {
        const found = RegExpPrototypeExec.call(components[key].regexp, matched.values[key]);
        if (found === null) return null;
        results[key] = found;
      }
      return { matched, results, components };
    };

    function exec(input = undefined, baseURL = undefined) {
      const found = match(this, input, baseURL, 'exec');
      if (found === null) return null;
      const { matched, results, components } = found;
      const result = { __proto__: null };
      for (const key of ['hash', 'hostname', 'inputs', 'password', 'pathname', 'port', 'protocol', 'search',
                         'username']) {
        if (key === 'inputs') {
          result.inputs = matched.inputs;
          continue;
        }
        const groups = { __proto__: groupsPrototype };
        const names = components[key].names;
        const execResult = results[key];
        // Node fills a record from its last group to its first (its named keys come out reversed).
        for (let i = names.length - 1; i >= 0; i--) groups[names[i]] = execResult[i + 1];
        result[key] = { groups, input: matched.values[key] };
      }
      return result;
    }

    function test(input = undefined, baseURL = undefined) {
      return match(this, input, baseURL, 'test') !== null;
    }

    const getters = {};
    for (const key of COMPONENTS) {
      getters[key] = {
        get: (0, function() {
          if (!(#components in this)) throw illegalInvocation();
          return this.#components[key].pattern;
        }),
        enumerable: true,
        configurable: false,
      };
    }
    getters.hasRegExpGroups = {
      get: (0, function() {
        if (!(#components in this)) throw illegalInvocation();
        return this.#hasRegExpGroups;
      }),
      enumerable: true,
      configurable: false,
    };
    Object.defineProperties(URLPatternImpl.prototype, {
      ...getters,
      exec: { value: exec, writable: true, enumerable: true, configurable: true },
      test: { value: test, writable: true, enumerable: true, configurable: true },
    });
    // Node's constructor and methods take their arguments without declaring them.
    Object.defineProperty(exec, 'length', { value: 0 });
    Object.defineProperty(test, 'length', { value: 0 });
  }
}

function URLPattern(...args) {
  if (new.target === undefined) {
    throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  return Reflect.construct(URLPatternImpl, [args.length, ...args], new.target);
}
URLPattern.prototype = URLPatternImpl.prototype;
// Node lists the constructor after the accessors and methods.
delete URLPattern.prototype.constructor;
Object.defineProperty(URLPattern.prototype, 'constructor', {
  value: URLPattern, writable: true, enumerable: false, configurable: true,
});

module.exports = { URLPattern };
