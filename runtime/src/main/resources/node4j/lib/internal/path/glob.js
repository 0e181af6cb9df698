'use strict';
// path.matchesGlob: glob matching with the rules Node 24 applies (it uses minimatch with
// windowsPathsNoEscape, nonegate, nocomment, case-sensitive on Linux, optimizationLevel 2):
//   - '\' in a pattern is a separator, not an escape; a leading '!' or '#' is literal;
//   - braces expand first ({a,b}, nested, {1..3}, {a..c}, {01..10..2}; '{b}' and '{}' are literal);
//   - per path segment: * ? [...] ([!x] [^x], ranges, [:class:]), extglobs @() *() +() ?() !();
//     '**' alone in a segment matches any number of segments;
//   - a name starting with '.' is not matched by a segment starting with a wildcard, '**' never
//     crosses one (see compileSegment for the exact guards);
//   - repeated slashes collapse, '.' segments between others drop, 'x/..' cancels out, in both the
//     path and the pattern (optimize); a path's trailing slash may be left over;
//   - win32: the path splits at '/' and '\', a UNC path's leading '//' counts, drive letters
//     compare case-insensitively.

// ---- brace expansion ----

// The index of the '}' closing the '{' at open, or -1.
function closingBrace(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

// The top-level comma-separated pieces of a brace body.
function splitTopLevel(body) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

// {x..y[..step]} as a list, or null when body is not a sequence.
function sequence(body) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (m !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const step = Math.abs(Number(m[3] ?? 1)) || 1;
    const pad = /^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]) ? Math.max(m[1].length, m[2].length) : 0;
    const out = [];
    for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? step : -step) {
      let s = String(Math.abs(n));
      const width = pad - (n < 0 ? 1 : 0);
      while (s.length < width) s = `0${s}`;
      out.push(n < 0 ? `-${s}` : s);
    }
    return out;
  }
  m = /^([^0-9])\.\.([^0-9])(?:\.\.(-?\d+))?$/.exec(body);
  if (m !== null) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    const step = Math.abs(Number(m[3] ?? 1)) || 1;
    const out = [];
    for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? step : -step) out.push(String.fromCharCode(n));
    return out;
  }
  return null;
}

function expandBraces(pattern) {
  let from = 0;
  for (;;) {
    const open = pattern.indexOf('{', from);
    if (open === -1) return [pattern];
    const close = closingBrace(pattern, open);
    if (close === -1) return [pattern];
    const body = pattern.slice(open + 1, close);
    const pre = pattern.slice(0, open);
    const post = pattern.slice(close + 1);
    let alternatives = sequence(body);
    if (alternatives === null) {
      const pieces = splitTopLevel(body);
      if (pieces.length < 2) {
        // '{b}' stays literal, but braces inside it may still expand.
        const inner = expandBraces(body);
        if (inner.length > 1) alternatives = inner.map((s) => `{${s}}`);
        else {
          from = open + 1;
          continue;
        }
      } else {
        alternatives = pieces.flatMap(expandBraces);
      }
    }
    const tails = expandBraces(post);
    const out = [];
    for (const alt of alternatives) for (const tail of tails) out.push(pre + alt + tail);
    return out;
  }
}

// ---- segments ----

const GLOBSTAR = Symbol('globstar');

// A path or pattern as segments: a run of slashes is one separator, but on Windows a leading pair
// followed by a name (a UNC path) keeps an empty segment for the second slash.
function splitSlashes(s, windows) {
  const parts = s.split(/\/+/);
  if (windows && /^\/\/[^/]/.test(s)) parts.unshift('');
  return parts;
}

// The level-two clean-up minimatch gives both the path and the pattern: '.' and empty segments
// between others drop (not a UNC path's), './' and './.' become '.', and 'x/..' cancels out unless
// x is the root, '.', '..' or '**'. A trailing '.' stays. Nothing left is [''].
function optimize(input) {
  const parts = input.slice();
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') {
        parts.splice(i--, 1);
        changed = true;
      }
    }
    if (parts.length === 2 && parts[0] === '.' && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let i = 1; i < parts.length; i++) {
      const prev = parts[i - 1];
      if (parts[i] === '..' && prev && prev !== '.' && prev !== '..' && prev !== '**') {
        parts.splice(i - 1, 2);
        i -= 2;
        changed = true;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

const posixClasses = {
  alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f', blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}', lower: '\\p{Ll}', print: '\\p{C}',
  punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f', upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  xdigit: 'A-Fa-f0-9',
};
const negatedClasses = new Set(['graph', 'print']);

function escapeRegExp(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s/]/g, '\\$&');
}

// Parses the class starting at s[i] === '['. Returns { source, end, literal } (literal: the one
// character it stands for when it is a single plain character), or null when it does not close.
function parseClass(s, i) {
  let j = i + 1;
  let negate = false;
  if (s[j] === '!' || s[j] === '^') {
    negate = true;
    j++;
  }
  const ranges = [];
  const negRanges = [];
  const chars = [];
  let first = true;
  let unicode = false;
  for (; j < s.length; j++) {
    const c = s[j];
    if (c === ']' && !first) {
      if (chars.length === 1 && ranges.length === 0 && negRanges.length === 0 && !negate) {
        return { source: escapeRegExp(chars[0]), end: j + 1, literal: chars[0], unicode: false };
      }
      const body = chars.map(escapeRegExp).join('') + ranges.join('');
      let source;
      if (negRanges.length > 0) {
        const pos = body.length > 0 ? `[${body}]` : null;
        const neg = `[^${negRanges.join('')}]`;
        source = pos === null ? neg : `(?:${pos}|${neg})`;
        if (negate) source = `(?!${source})[^/]`;
      } else {
        source = `[${negate ? '^' : ''}${body}]`;
      }
      return { source, end: j + 1, literal: null, unicode };
    }
    first = false;
    if (c === '[' && s[j + 1] === ':') {
      const close = s.indexOf(':]', j + 2);
      const name = close === -1 ? '' : s.slice(j + 2, close);
      if (Object.hasOwn(posixClasses, name)) {
        (negatedClasses.has(name) ? negRanges : ranges).push(posixClasses[name]);
        unicode = true;
        j = close + 1;
        continue;
      }
    }
    if (s[j + 1] === '-' && s[j + 2] !== undefined && s[j + 2] !== ']') {
      const to = s[j + 2];
      if (to >= c) ranges.push(`${escapeRegExp(c)}-${escapeRegExp(to)}`);
      j += 2;
      continue;
    }
    chars.push(c);
  }
  return null;
}

// The regular expression source of one pattern segment (no '/'), from index i up to end (exclusive)
// or the ')' closing an extglob when inGroup. Returns { source, end, magic, unicode, leadingExtglob,
// leadingNegation }: whether the segment opens with an extglob, and whether that is a !(...).
function segmentSource(s, i, inGroup) {
  let source = '';
  let magic = false;
  let unicode = false;
  let leadingExtglob = false;
  while (i < s.length) {
    const c = s[i];
    if (inGroup && (c === '|' || c === ')')) break;
    if ('@*+?!'.includes(c) && s[i + 1] === '(') {
      const alts = [];
      let j = i + 2;
      let closed = false;
      for (;;) {
        const r = segmentSource(s, j, true);
        alts.push(r.source);
        unicode ||= r.unicode;
        j = r.end;
        if (s[j] === '|') {
          j++;
          continue;
        }
        closed = s[j] === ')';
        break;
      }
      if (closed) {
        const group = `(?:${alts.join('|')})`;
        if (c === '!') {
          const rest = segmentSource(s, j + 1, inGroup);
          unicode ||= rest.unicode;
          source += `(?:(?!${group}${rest.source}$)[^/]*?)${rest.source}`;
          return { source, end: rest.end, magic: true, unicode, leadingExtglob, leadingNegation: i === 0 && !inGroup };
        }
        if (i === 0 && !inGroup) leadingExtglob = true;
        source += group + { '@': '', '*': '*', '+': '+', '?': '?' }[c];
        magic = true;
        i = j + 1;
        continue;
      }
    }
    if (c === '*') {
      while (s[i + 1] === '*' && s[i + 2] !== '(') i++;
      source += '[^/]*?';
      magic = true;
    } else if (c === '?') {
      source += '[^/]';
      magic = true;
    } else if (c === '[') {
      const cls = parseClass(s, i);
      if (cls !== null) {
        source += cls.source;
        if (cls.literal === null) magic = true;
        unicode ||= cls.unicode;
        i = cls.end;
        continue;
      }
      source += '\\[';
    } else {
      source += escapeRegExp(c);
    }
    i++;
  }
  return { source, end: i, magic, unicode, leadingExtglob, leadingNegation: false };
}

// A compiled pattern segment: GLOBSTAR, a string (literal), or { regexp, guard }. The guard is
// decided as minimatch does, from how the segment's expression begins: one that may start with any
// character ('*', '?', a class) must not match a name starting with '.'; a literal '.' (or '..')
// followed by such a wildcard must not match '.' or '..'; one that opens with an extglob other
// than !(...), or with literal text, has no guard at all.
const NO_GUARD = 0;
const NO_DOT = 1;
const NO_TRAVERSAL = 2;

function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  const r = segmentSource(seg, 0, false);
  if (!r.magic && !/[[\]()|]/.test(seg)) return seg;
  // Only '*'s: at least one character.
  const source = /^\*+$/.test(seg) ? '[^/]+?' : r.source;
  // As minimatch, a class of Unicode properties makes a 'u' expression in which the escapes of
  // punctuation ('\,') are invalid: Node throws that SyntaxError too.
  const regexp = new RegExp(`^(?:${source})$`, r.unicode ? 'u' : '');
  let guard = NO_GUARD;
  if (r.leadingNegation || source[0] === '[') guard = NO_DOT;
  else if (!r.leadingExtglob && (source.startsWith('\\.') && source[2] === '[' ||
                                 source.startsWith('\\.\\.') && source[4] === '[')) guard = NO_TRAVERSAL;
  return { regexp, guard };
}

function matchSegment(p, f, windowsDrive) {
  if (typeof p === 'string') {
    if (p === f) return true;
    return windowsDrive && /^[a-z]:$/i.test(p) && p.toLowerCase() === f.toLowerCase();
  }
  if (p.guard === NO_DOT && f[0] === '.') return false;
  if (p.guard === NO_TRAVERSAL && (f === '.' || f === '..')) return false;
  return p.regexp.test(f);
}

// Whether the file segments from fi match the pattern segments from pi.
function matchParts(file, fi, pattern, pi, windows) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    if (p === GLOBSTAR) {
      if (pi === pl - 1) {
        for (; fi < fl; fi++) {
          const f = file[fi];
          if (f === '.' || f === '..' || f[0] === '.') return false;
        }
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchParts(file, fr, pattern, pi + 1, windows)) return true;
        const f = file[fr];
        if (f === '.' || f === '..' || f[0] === '.') return false;
      }
      return false;
    }
    if (!matchSegment(p, file[fi], windows && fi === 0 && pi === 0)) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  return fi === fl - 1 && file[fi] === '';
}

function matchesGlob(path, pattern, windows) {
  if (pattern.length === 0) return path.length === 0;
  pattern = pattern.replace(/\\/g, '/');
  const file = optimize(splitSlashes(windows ? path.replace(/\\/g, '/') : path, windows));
  for (const expanded of expandBraces(pattern)) {
    // An empty alternative ('{a,}') matches nothing.
    if (expanded.length === 0) continue;
    let parts = optimize(splitSlashes(expanded, windows));
    // '**/**' is '**'.
    parts = parts.filter((p, i) => !(p === '**' && parts[i - 1] === '**'));
    if (matchParts(file, 0, parts.map(compileSegment), 0, windows)) return true;
  }
  return false;
}

module.exports = { matchesGlob, expandBraces, compileSegment, matchSegment, optimize, GLOBSTAR };
