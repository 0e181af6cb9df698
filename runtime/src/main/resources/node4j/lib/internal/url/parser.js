'use strict';
// The URL Standard's basic URL parser (a state machine over UTF-16 code units; percent-encoding
// works by code point) and the URL serializer, over a plain record:
//   { scheme, username, password, host (serialized, or null), port (number or null),
//     path (array of segments, or a string when opaque), query, fragment (string or null) }
// Components are collected by scanning ahead and encoded once, rather than char by char.

const {
  C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, percentEncode,
} = require('internal/url/encoding');
const { parseHost } = require('internal/url/host');

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH_STATE = 18;
const OPAQUE_PATH = 19;
const QUERY_STATE = 20;
const FRAGMENT_STATE = 21;

const EOF = -1;
// What a parse with a state override returns when it stops early without failing.
const FAILURE = null;
const DONE = true;

const SPECIAL_PORTS = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in SPECIAL_PORTS;
}

function defaultPort(scheme) {
  const port = SPECIAL_PORTS[scheme];
  return port === undefined ? null : port;
}

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = [];
    this.query = null;
    this.fragment = null;
  }
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;

function isWindowsDriveLetter(str, normalizedOnly = false) {
  if (str.length !== 2 || !isAlpha(str.charCodeAt(0))) return false;
  const c = str.charCodeAt(1);
  return c === 0x3a || (!normalizedOnly && c === 0x7c);
}

function startsWithWindowsDriveLetter(input, p) {
  if (input.length - p < 2 || !isAlpha(input.charCodeAt(p))) return false;
  const second = input.charCodeAt(p + 1);
  if (second !== 0x3a && second !== 0x7c) return false;
  if (input.length - p === 2) return true;
  const third = input.charCodeAt(p + 2);
  return third === 0x2f || third === 0x5c || third === 0x3f || third === 0x23;
}

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && s.toLowerCase() === '%2e');
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: { const l = s.toLowerCase(); return l === '.%2e' || l === '%2e.'; }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

// Leading and trailing C0 controls and spaces go; tabs and newlines go everywhere.
function trimControlAndSpace(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === input.length ? input : input.slice(start, end);
}

function removeTabAndNewline(input) {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) return input.replace(/[\t\n\r]/g, '');
  }
  return input;
}

// Parses input against base (a record or null). Without a url and state override it returns a new
// record or FAILURE; with them (the setters) it changes url and returns DONE or FAILURE.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = new URLRecord();
    input = trimControlAndSpace(input);
  }
  input = removeTabAndNewline(input);
  const len = input.length;
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let insideBrackets = false;
  let special = isSpecialScheme(url.scheme);
  let p = 0;

  for (;; p++) {
    const c = p < len ? input.charCodeAt(p) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
          buffer += String.fromCharCode(isAlpha(c) ? c | 0x20 : c);
        } else if (c === 0x3a) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return DONE;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return DONE;
            if (url.scheme === 'file' && url.host === '') return DONE;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return DONE;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base !== null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;

      case NO_SCHEME:
        if (base === null || (hasOpaquePath(base) && c !== 0x23)) return FAILURE;
        if (hasOpaquePath(base)) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT_STATE;
        } else {
          state = base.scheme === 'file' ? FILE : RELATIVE;
          p--;
        }
        special = isSpecialScheme(base.scheme);
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          state = PATH_STATE;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f || (special && c === 0x5c)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH_STATE;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2f || c === 0x5c)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH_STATE;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && p + 1 < len && input.charCodeAt(p + 1) === 0x2f) {
          p++;
        } else {
          p--;
        }
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY: {
        // Everything up to the last '@' before the end of the authority is userinfo.
        let end = p;
        let at = -1;
        for (; end < len; end++) {
          const d = input.charCodeAt(end);
          if (d === 0x2f || d === 0x3f || d === 0x23 || (special && d === 0x5c)) break;
          if (d === 0x40) at = end;
        }
        if (at !== -1) {
          if (at + 1 === end) return FAILURE;
          const userinfo = input.slice(p, at);
          const colon = userinfo.indexOf(':');
          if (colon === -1) {
            url.username += percentEncode(userinfo, USERINFO);
          } else {
            url.username += percentEncode(userinfo.slice(0, colon), USERINFO);
            url.password += percentEncode(userinfo.slice(colon + 1), USERINFO);
          }
          p = at;
        } else {
          p--;
        }
        state = HOST;
        break;
      }

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c)) {
          p--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) {
            return FAILURE;
          }
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return DONE;
        } else {
          if (c === 0x5b) insideBrackets = true;
          else if (c === 0x5d) insideBrackets = false;
          buffer += input[p];
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += input[p];
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (special && c === 0x5c) ||
                   stateOverride) {
          if (buffer !== '') {
            const port = Number(buffer);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return DONE;
          }
          if (stateOverride) return FAILURE;
          state = PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = PATH_STATE;
            p--;
          }
        } else {
          state = PATH_STATE;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH_STATE;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // The drive letter quirk: buffer is kept and becomes the first path segment.
            state = PATH_STATE;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return DONE;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return DONE;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[p];
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH_STATE;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = QUERY_STATE;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT_STATE;
        } else if (c !== EOF) {
          state = PATH_STATE;
          if (c !== 0x2f) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH_STATE:
        if (c === EOF || c === 0x2f || (special && c === 0x5c) ||
            (!stateOverride && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (special && c === 0x5c);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(percentEncode(buffer, PATH));
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          }
        } else {
          // The rest of the segment at once.
          let end = p + 1;
          for (; end < len; end++) {
            const d = input.charCodeAt(end);
            if (d === 0x2f || (special && d === 0x5c) || (!stateOverride && (d === 0x3f || d === 0x23))) break;
          }
          buffer += input.slice(p, end);
          p = end - 1;
        }
        break;

      case OPAQUE_PATH: {
        let end = p;
        while (end < len && input.charCodeAt(end) !== 0x3f && input.charCodeAt(end) !== 0x23) end++;
        let text = percentEncode(input.slice(p, end), C0_CONTROL);
        // A space just before the query or fragment is encoded, so that it survives their removal.
        if (end < len && text.charCodeAt(text.length - 1) === 0x20) text = `${text.slice(0, -1)}%20`;
        url.path += text;
        p = end;
        if (end < len) {
          if (input.charCodeAt(end) === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else {
            url.fragment = '';
            state = FRAGMENT_STATE;
          }
        } else {
          return url;
        }
        break;
      }

      case QUERY_STATE: {
        let end = stateOverride ? len : input.indexOf('#', p);
        if (end === -1) end = len;
        url.query += percentEncode(input.slice(p, end), special ? SPECIAL_QUERY : QUERY);
        p = end;
        if (end < len) {
          url.fragment = '';
          state = FRAGMENT_STATE;
        } else {
          return stateOverride ? DONE : url;
        }
        break;
      }

      case FRAGMENT_STATE:
        url.fragment += percentEncode(input.slice(p), FRAGMENT);
        return stateOverride ? DONE : url;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
    // The state machine ends once the pointer rests on the end of input after a step.
    if (p >= len) return stateOverride ? DONE : url;
  }
}

// The URL serializer (href).
function serialize(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  }
  else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializePath(url) {
  const path = url.path;
  if (typeof path === 'string') return path;
  let out = '';
  for (let i = 0; i < path.length; i++) out += `/${path[i]}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
  }
}

module.exports = {
  basicParse, serialize, serializePath, serializeOrigin, isSpecialScheme, defaultPort,
  hasOpaquePath, cannotHaveCredentialsOrPort, URLRecord, FAILURE,
  states: { SCHEME_START, AUTHORITY, HOST, HOSTNAME, PORT, PATH_START, OPAQUE_PATH, QUERY: QUERY_STATE, FRAGMENT: FRAGMENT_STATE },
};
