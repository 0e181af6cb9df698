'use strict';
// The URL Pattern standard's pattern syntax, one component at a time: the tokenizer, the parser from
// tokens to parts, and what is generated from the parts: the RegExp source with its group names, and
// the normalized pattern string (what URLPattern's getters return).

// A pattern that does not parse or compile. Thrown as a plain marker inside, turned into the
// caller's error (constructor: ERR_INVALID_URL_PATTERN; exec/test on a bad input: no match).
class PatternError extends Error {}

function patternError() {
  return new PatternError();
}

const RegExpPrototypeExec = RegExp.prototype.exec;

// ---- tokenizer ----

const OPEN = 0; // {
const CLOSE = 1; // }
const REGEXP = 2; // (...)
const NAME = 3; // :name
const CHAR = 4;
const ESCAPED_CHAR = 5; // \x
const OTHER_MODIFIER = 6; // ? +
const ASTERISK = 7; // *
const END = 8;
const INVALID_CHAR = 9; // what the lenient policy keeps of a malformed token

const ID_START = /[$_\p{ID_Start}]/u;
const ID_CONTINUE = /[$\u200C\u200D\p{ID_Continue}]/u;

function isNameCodePoint(ch, first) {
  return (first ? ID_START : ID_CONTINUE).test(ch);
}

function isAscii(ch) {
  return ch.codePointAt(0) < 0x80;
}

// Splits a pattern into tokens. chars: the pattern's code points. lenient: malformed pieces become
// INVALID_CHAR tokens instead of an error (the constructor string parser's policy).
function tokenize(chars, lenient) {
  const tokens = [];
  const len = chars.length;
  let index = 0;
  const add = (type, next, valueStart, valueEnd) => {
    tokens.push({ type, index, value: chars.slice(valueStart, valueEnd).join('') });
    index = next;
  };
  const fail = (next, valueStart) => {
    if (!lenient) throw patternError();
    add(INVALID_CHAR, next, valueStart, next);
  };
  while (index < len) {
    const ch = chars[index];
    switch (ch) {
      case '*':
        add(ASTERISK, index + 1, index, index + 1);
        continue;
      case '+':
      case '?':
        add(OTHER_MODIFIER, index + 1, index, index + 1);
        continue;
      case '\\':
        if (index === len - 1) fail(index + 1, index);
        else add(ESCAPED_CHAR, index + 2, index + 1, index + 2);
        continue;
      case '{':
        add(OPEN, index + 1, index, index + 1);
        continue;
      case '}':
        add(CLOSE, index + 1, index, index + 1);
        continue;
      case ':': {
        const start = index + 1;
        let pos = start;
        while (pos < len && isNameCodePoint(chars[pos], pos === start)) pos++;
        if (pos === start) fail(start, index);
        else add(NAME, pos, start, pos);
        continue;
      }
      case '(': {
        const end = scanRegexp(chars, index + 1);
        if (end < 0) fail(-end, index);
        else add(REGEXP, end + 1, index + 1, end);
        continue;
      }
      default:
        add(CHAR, index + 1, index, index + 1);
    }
  }
  tokens.push({ type: END, index, value: '' });
  return tokens;
}

// The end (index of the closing ')') of a regexp group whose text starts at start, or, when the
// group is malformed, -(the index where the tokenizer goes on).
function scanRegexp(chars, start) {
  const len = chars.length;
  let depth = 1;
  let pos = start;
  while (pos < len) {
    const ch = chars[pos];
    if (!isAscii(ch) || (pos === start && ch === '?')) return -start;
    if (ch === '\\') {
      if (pos === len - 1 || !isAscii(chars[pos + 1])) return -start;
      pos += 2;
      continue;
    }
    if (ch === ')') {
      if (--depth === 0) return pos === start ? -start : pos;
    } else if (ch === '(') {
      depth++;
      // Only non-capturing groups may nest: '(' must be followed by '?'.
      if (pos === len - 1 || chars[pos + 1] !== '?') return -start;
    }
    pos++;
  }
  return -start;
}

// ---- pattern parser: tokens -> parts ----

const FIXED = 0;
const REGEXP_PART = 1;
const SEGMENT_WILDCARD = 2;
const FULL_WILDCARD = 3;

const NONE = '';
// Modifiers are kept as their pattern text: '', '?', '*' or '+'.

const FULL_WILDCARD_REGEXP = '.*';

function escapeRegexp(text) {
  return text.replace(/[.+*?^${}()[\]|/\\]/g, '\\$&');
}

function escapePattern(text) {
  return text.replace(/[+*?:{}()\\]/g, '\\$&');
}

function segmentWildcardRegexp(options) {
  return `[^${escapeRegexp(options.delimiter)}]+?`;
}

// Parses a component's pattern into parts; encode canonicalizes fixed text (and prefixes/suffixes).
function parsePattern(input, options, encode) {
  const tokens = tokenize(Array.from(input), false);
  const segmentWildcard = segmentWildcardRegexp(options);
  const parts = [];
  const names = new Set();
  let pending = '';
  let at = 0;
  let nextNumericName = 0;

  const take = (type) => {
    const token = tokens[at];
    if (token.type !== type) return null;
    at++;
    return token;
  };
  const takeRegexpOrWildcard = (nameToken) => {
    const token = take(REGEXP);
    return nameToken === null && token === null ? take(ASTERISK) : token;
  };
  const takeModifier = () => take(OTHER_MODIFIER) ?? take(ASTERISK);
  const require = (type) => {
    const token = take(type);
    if (token === null) throw patternError();
    return token;
  };
  const takeText = () => {
    let text = '';
    for (;;) {
      const token = take(CHAR) ?? take(ESCAPED_CHAR);
      if (token === null) return text;
      text += token.value;
    }
  };
  const flushPending = () => {
    if (pending === '') return;
    parts.push({ type: FIXED, value: encode(pending), modifier: NONE, name: '', prefix: '', suffix: '' });
    pending = '';
  };
  const addPart = (prefix, nameToken, regexpToken, suffix, modifierToken) => {
    const modifier = modifierToken === null ? NONE : modifierToken.value;
    if (nameToken === null && regexpToken === null && modifier === NONE) {
      pending += prefix;
      return;
    }
    flushPending();
    if (nameToken === null && regexpToken === null) {
      if (prefix !== '') parts.push({ type: FIXED, value: encode(prefix), modifier, name: '', prefix: '', suffix: '' });
      return;
    }
    let value;
    if (regexpToken === null) value = segmentWildcard;
    else if (regexpToken.type === ASTERISK) value = FULL_WILDCARD_REGEXP;
    else value = regexpToken.value;
    let type = REGEXP_PART;
    if (value === segmentWildcard) {
      type = SEGMENT_WILDCARD;
      value = '';
    } else if (value === FULL_WILDCARD_REGEXP) {
      type = FULL_WILDCARD;
      value = '';
    }
    const name = nameToken !== null ? nameToken.value : `${nextNumericName++}`;
    if (names.has(name)) throw patternError();
    names.add(name);
    parts.push({ type, value, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
  };

  while (at < tokens.length) {
    const charToken = take(CHAR);
    const nameToken = take(NAME);
    const regexpToken = takeRegexpOrWildcard(nameToken);
    if (nameToken !== null || regexpToken !== null) {
      let prefix = charToken === null ? '' : charToken.value;
      if (prefix !== '' && prefix !== options.prefix) {
        pending += prefix;
        prefix = '';
      }
      flushPending();
      addPart(prefix, nameToken, regexpToken, '', takeModifier());
      continue;
    }
    const fixedToken = charToken ?? take(ESCAPED_CHAR);
    if (fixedToken !== null) {
      pending += fixedToken.value;
      continue;
    }
    if (take(OPEN) !== null) {
      const prefix = takeText();
      const innerName = take(NAME);
      const innerRegexp = takeRegexpOrWildcard(innerName);
      const suffix = takeText();
      require(CLOSE);
      addPart(prefix, innerName, innerRegexp, suffix, takeModifier());
      continue;
    }
    flushPending();
    require(END);
  }
  return parts;
}

// ---- parts -> regular expression source and group names ----

function regexpSource(parts, options) {
  let out = '^';
  const names = [];
  for (const part of parts) {
    const modifier = part.modifier;
    if (part.type === FIXED) {
      out += modifier === NONE ? escapeRegexp(part.value) : `(?:${escapeRegexp(part.value)})${modifier}`;
      continue;
    }
    names.push(part.name);
    let value = part.value;
    if (part.type === SEGMENT_WILDCARD) value = segmentWildcardRegexp(options);
    else if (part.type === FULL_WILDCARD) value = FULL_WILDCARD_REGEXP;
    const single = modifier === NONE || modifier === '?';
    if (part.prefix === '' && part.suffix === '') {
      out += single ? `(${value})${modifier}` : `((?:${value})${modifier})`;
      continue;
    }
    const prefix = escapeRegexp(part.prefix);
    const suffix = escapeRegexp(part.suffix);
    if (single) {
      out += `(?:${prefix}(${value})${suffix})${modifier}`;
      continue;
    }
    out += `(?:${prefix}((?:${value})(?:${suffix}${prefix}(?:${value}))*)${suffix})`;
    if (modifier === '*') out += '?';
  }
  return { source: `${out}$`, names };
}

// ---- parts -> normalized pattern string ----

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

function patternString(parts, options) {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const previous = i > 0 ? parts[i - 1] : null;
    const next = i < parts.length - 1 ? parts[i + 1] : null;
    if (part.type === FIXED) {
      out += part.modifier === NONE ? escapePattern(part.value) : `{${escapePattern(part.value)}}${part.modifier}`;
      continue;
    }
    const customName = !isDigit(part.name[0]);
    let grouped = part.suffix !== '' || (part.prefix !== '' && part.prefix !== options.prefix);
    if (!grouped && customName && part.type === SEGMENT_WILDCARD && part.modifier === NONE &&
        next !== null && next.prefix === '' && next.suffix === '') {
      if (next.type === FIXED) {
        grouped = next.value !== '' && isNameCodePoint(String.fromCodePoint(next.value.codePointAt(0)), false);
      } else {
        grouped = isDigit(next.name[0]);
      }
    }
    if (!grouped && part.prefix === '' && previous !== null && previous.type === FIXED &&
        previous.value !== '' && Array.from(previous.value).at(-1) === options.prefix) {
      grouped = true;
    }
    if (grouped) out += '{';
    out += escapePattern(part.prefix);
    if (customName) out += `:${part.name}`;
    if (part.type === REGEXP_PART) {
      out += `(${part.value})`;
    } else if (part.type === SEGMENT_WILDCARD) {
      if (!customName) out += `(${segmentWildcardRegexp(options)})`;
    } else if (part.type === FULL_WILDCARD) {
      if (!customName && (previous === null || previous.type === FIXED || previous.modifier !== NONE ||
                          grouped || part.prefix !== '')) {
        out += '*';
      } else {
        out += `(${FULL_WILDCARD_REGEXP})`;
      }
    }
    if (part.type === SEGMENT_WILDCARD && customName && part.suffix !== '' &&
        isNameCodePoint(String.fromCodePoint(part.suffix.codePointAt(0)), false)) {
      out += '\\';
    }
    out += escapePattern(part.suffix);
    if (grouped) out += '}';
    out += part.modifier;
  }
  return out;
}

// ---- components ----

const DEFAULT_OPTIONS = { delimiter: '', prefix: '', ignoreCase: false };
const HOSTNAME_OPTIONS = { delimiter: '.', prefix: '', ignoreCase: false };
const PATHNAME_OPTIONS = { delimiter: '/', prefix: '/', ignoreCase: false };

// A compiled component: the pattern string, its RegExp, the names of its groups in order.
// Compiled components by encoder, options and pattern text. Patterns repeat components ('*', a
// protocol, a host), and compiling a RegExp costs far more than a lookup; a component is never
// changed once made, and its RegExp (neither global nor sticky) keeps no state between exec calls.
const componentCache = new Map();
const COMPONENT_CACHE_SIZE = 512;

function compileComponent(input, encode, options) {
  const key = `${encode.name}\0${options.delimiter}\0${options.prefix}\0${options.ignoreCase}\0${input}`;
  let component = componentCache.get(key);
  if (component === undefined) {
    component = compileUncached(input, encode, options);
    if (componentCache.size >= COMPONENT_CACHE_SIZE) componentCache.clear();
    componentCache.set(key, component);
  }
  return component;
}

function compileUncached(input, encode, options) {
  const parts = parsePattern(input, options, encode);
  const { source, names } = regexpSource(parts, options);
  const hasRegExpGroups = parts.some((part) => part.type === REGEXP_PART);
  // The standard compiles with the 'v' flag. Without regexp groups of the user's, the source is only
  // escaped text, '.*' and one negated single-character class, which mean the same under 'u', and
  // GraalJS compiles 'u' expressions several times faster.
  let flags = hasRegExpGroups ? 'v' : 'u';
  if (options.ignoreCase) flags += 'i';
  let regexp;
  try {
    regexp = new RegExp(source, flags);
  } catch {
    throw patternError();
  }
  return { pattern: patternString(parts, options), regexp, names, hasRegExpGroups };
}

const SPECIAL_SCHEMES = ['ftp', 'file', 'http', 'https', 'ws', 'wss'];

function matchesSpecialScheme(component) {
  return SPECIAL_SCHEMES.some((scheme) => RegExpPrototypeExec.call(component.regexp, scheme) !== null);
}

module.exports = {
  PatternError, patternError, tokenize, escapePattern, compileComponent, matchesSpecialScheme,
  DEFAULT_OPTIONS, HOSTNAME_OPTIONS, PATHNAME_OPTIONS,
  tokenTypes: { OPEN, CLOSE, REGEXP, NAME, CHAR, ESCAPED_CHAR, ASTERISK, END, INVALID_CHAR },
};
