'use strict';
// TypeScript type stripping, as Node 24 does it for .ts/.mts/.cts files (its default 'strip' mode).
//
// stripTypes(source) returns the source with every piece of erasable type syntax replaced by
// whitespace, so that every remaining character of JavaScript keeps its offset, line and column.
// What cannot be erased (enums, namespaces holding values, parameter properties, `import x =`,
// `export =`, `<T>x` assertions) is refused with a TypeScriptStripError of kind 'unsupported'; text
// that does not parse is refused with kind 'invalid'. The messages and the output are those of Node's
// own stripper (observed behaviour; this is an independent implementation).
//
// How it works: one pass of a recursive-descent parser over a tokenizer that is told by the parser
// whether a `/` starts a regular expression and when a `}` resumes a template. The parser does not
// build a tree; it records "edits": ranges of the source to blank, in source order. Lookahead is a
// token or two, except where TypeScript itself is ambiguous (`a < b` as type arguments, `(a): T =>`
// return types, `<T>(x) =>` generic arrows, function types in parentheses): there the parser saves its
// state, tries, and restores it if the attempt fails. The output is assembled from slices of the
// source and blanked runs.
//
// Blanking keeps line terminators and whitespace characters as they are and replaces any other
// character by whitespace of the same UTF-8 length (space, U+00A0, U+2002, or a space followed by
// U+FEFF for a character outside the BMP), which is what Node's stripper produces.
//
// Like Node, it repairs what blanking alone would break in the remaining JavaScript:
// - a `;` replaces the first blanked character where the next line would otherwise continue the
//   previous statement or class member: a removed statement followed on a new line by `(`, `[`, a
//   template, `+`, `-` or `/` (see removeStatement), `as T` followed on a new line by `(`, `[` or a
//   template, erased modifiers before a computed or generator member, the type of a field named get,
//   set or static, and a removed declaration that is the body of an `if` or a loop;
// - an arrow function's return type that spans a line break moves the `)` of the parameter list to
//   the last character of the type, so that no line break separates `)` from `=>`.
// It also follows Node in which error it reports when there are several: a syntax error that stops
// the parse, else the first one the parser recovered from (see defer), else the first unsupported
// construct.

class TypeScriptStripError extends Error {
  // kind: 'unsupported' or 'invalid'; start/end: UTF-16 offsets of the offending span in the source.
  constructor(kind, message, start, end) {
    super(message);
    this.name = 'TypeScriptStripError';
    this.kind = kind;
    this.start = start;
    this.end = end;
  }
}

// ---------------------------------------------------------------------------------------------------
// Messages (Node's wording).

const MSG_ENUM = 'TypeScript enum is not supported in strip-only mode';
const MSG_NAMESPACE = 'TypeScript namespace declaration is not supported in strip-only mode';
const MSG_PARAM_PROP = 'TypeScript parameter property is not supported in strip-only mode';
const MSG_IMPORT_EQUALS = 'TypeScript import equals declaration is not supported in strip-only mode';
const MSG_EXPORT_ASSIGN = 'TypeScript export assignment is not supported in strip-only mode';
const MSG_MODULE_KEYWORD = '`module` keyword is not supported. Use `namespace` instead.';
const MSG_ANGLE = 'The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type ' +
  "strip mode. Instead, use the 'as' syntax: `expr as T`.";
const MSG_EXPR = 'Expression expected';
const MSG_SEMI_STMT = "Expected ';', '}' or <eof>";
const MSG_SEMI = 'Expected a semicolon';
const MSG_TYPE = 'Expected an identifier, void, yield, null, await, break, a string literal, a numeric ' +
  'literal, true, false, `, -, import, this, typeof, {, [, (';
const MSG_ARROW_NL = 'Unexpected line break between arrow head and arrow';
const MSG_PROPERTY = 'Expected ... , *,  (, [, :, , ?, =, an identifier, public, protected, private, readonly, <.';
const MSG_KEY = 'Expected identifier, string literal, numeric literal or [ for the computed key';
const MSG_ABSTRACT = 'Abstract methods can only appear within an abstract class.';
const MSG_OVERRIDE = "This member cannot have an 'override' modifier because its containing class does " +
  'not extend another class.';

// ---------------------------------------------------------------------------------------------------
// Tokens. A single-character punctuator is its character code; the other kinds are below 32 or above
// 255 so they never collide with one.

const T_EOF = 0;
const T_NAME = 1; // identifier or keyword (tokValue holds the name)
const T_NUM = 2;
const T_STRING = 3;
const T_TEMPLATE = 4; // a whole template without substitutions, or the tail `}...` of one
const T_TEMPLATE_HEAD = 5; // `...${ or a middle part }...${
const T_REGEX = 6;
const T_PRIVATE = 7; // #name
const T_BIGINT = 8;
const T_NONE = 9; // "no previous token"

const C_LPAREN = 40, C_RPAREN = 41, C_STAR = 42, C_PLUS = 43, C_COMMA = 44, C_MINUS = 45, C_DOT = 46,
  C_SLASH = 47, C_COLON = 58, C_SEMI = 59, C_LT = 60, C_EQ = 61, C_GT = 62, C_QUESTION = 63, C_AT = 64,
  C_LBRACKET = 91, C_RBRACKET = 93, C_CARET = 94, C_LBRACE = 123, C_BAR = 124, C_RBRACE = 125,
  C_TILDE = 126, C_BANG = 33, C_PERCENT = 37, C_AMP = 38, C_HASH = 35;

const T_ARROW = 256; // =>
const T_ELLIPSIS = 257; // ...
const T_QDOT = 258; // ?.
const T_QQ = 259; // ??
const T_EQ2 = 260; // ==
const T_EQ3 = 261; // ===
const T_NE = 262; // !=
const T_NE2 = 263; // !==
const T_LE = 264; // <=
const T_SHL = 265; // <<
const T_INC = 266; // ++
const T_DEC = 267; // --
const T_POW = 268; // **
const T_AND2 = 269; // &&
const T_OR2 = 270; // ||
// assignment operators other than '='
const T_ASSIGN_FIRST = 280;
const T_PLUS_EQ = 280, T_MINUS_EQ = 281, T_STAR_EQ = 282, T_SLASH_EQ = 283, T_PERCENT_EQ = 284,
  T_POW_EQ = 285, T_SHL_EQ = 286, T_SHR_EQ = 287, T_USHR_EQ = 288, T_AMP_EQ = 289, T_BAR_EQ = 290,
  T_CARET_EQ = 291, T_AND2_EQ = 292, T_OR2_EQ = 293, T_QQ_EQ = 294;
const T_ASSIGN_LAST = 294;
// produced only by rescanGreater(): the scanner always returns '>' alone so that `A<B<C>>` closes
const T_GE = 300; // >=
const T_SHR = 301; // >>
const T_USHR = 302; // >>>

// Binary operator precedences (0 = not a binary operator).
const PREC_RELATIONAL = 7, PREC_POW = 11;
function computePrecedence(t) {
  switch (t) {
    case T_QQ: case T_OR2: return 1;
    case T_AND2: return 2;
    case C_BAR: return 3;
    case C_CARET: return 4;
    case C_AMP: return 5;
    case T_EQ2: case T_EQ3: case T_NE: case T_NE2: return 6;
    case C_LT: case C_GT: case T_LE: case T_GE: return 7;
    case T_SHL: case T_SHR: case T_USHR: return 8;
    case C_PLUS: case C_MINUS: return 9;
    case C_STAR: case C_SLASH: case C_PERCENT: return 10;
    case T_POW: return 11;
  }
  return 0;
}
const PRECEDENCE = new Uint8Array(512);
for (let t = 0; t < 512; t++) PRECEDENCE[t] = computePrecedence(t);
function binaryPrecedence(t) {
  return PRECEDENCE[t];
}

// Words that can never be identifiers.
const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if',
  'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with']);

// The words the parser ever looks for (keywords, contextual keywords, modifiers): the scanner notes
// whether a name is one of them, so that the parser compares strings only for those.
const WORDS = new Set(['abstract', 'accessor', 'as', 'assert', 'asserts', 'async', 'await', 'break',
  'case', 'catch', 'class', 'const', 'constructor', 'continue', 'debugger', 'declare', 'default', 'delete',
  'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'from', 'function', 'get',
  'global', 'if', 'implements', 'import', 'in', 'infer', 'instanceof', 'interface', 'is', 'keyof', 'let',
  'meta', 'module', 'namespace', 'new', 'null', 'of', 'out', 'override', 'private', 'protected', 'public',
  'readonly', 'require', 'return', 'satisfies', 'set', 'static', 'super', 'switch', 'target', 'this',
  'throw', 'true', 'try', 'type', 'typeof', 'undefined', 'unique', 'using', 'var', 'void', 'while', 'with',
  'yield']);

// Class member modifiers that strip away entirely (the member stays).
const ERASED_MODIFIERS = new Set(['public', 'private', 'protected', 'readonly', 'override']);

// ---------------------------------------------------------------------------------------------------
// Character classes.

// 1: identifier start, 2: identifier part only (digits)
const ASCII_ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95) ASCII_ID[c] = 1;
  else if (c >= 48 && c <= 57) ASCII_ID[c] = 2;
}

let ID_START_RE = null;
let ID_PART_RE = null;
function isIdStartCode(cp) {
  if (cp < 128) return ASCII_ID[cp] === 1;
  ID_START_RE ??= new RegExp('^[\\p{ID_Start}]$', 'u');
  return ID_START_RE.test(String.fromCodePoint(cp));
}
function isIdPartCode(cp) {
  if (cp < 128) return ASCII_ID[cp] !== 0;
  if (cp === 0x200c || cp === 0x200d) return true;
  ID_PART_RE ??= new RegExp('^[\\p{ID_Continue}]$', 'u');
  return ID_PART_RE.test(String.fromCodePoint(cp));
}

// White space other than ASCII (ECMAScript WhiteSpace: NBSP, ZWNBSP and category Zs).
function isNonAsciiSpace(c) {
  return c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
    c === 0x205f || c === 0x3000;
}

// ---------------------------------------------------------------------------------------------------
// Parser state. stripTypes() is not reentrant; it resets all of this on every call.

let src = '';
let len = 0;
let textStart = 0; // 1 after a byte order mark
let pos = 0; // scanner position: the end of the current token

let tok = T_EOF; // current token
let tokStart = 0;
let tokEnd = 0;
let tokValue = ''; // name of a T_NAME token
let tokNl = false; // a line terminator precedes the current token
let tokEscaped = false; // the name contains a unicode escape (so it is never a keyword)
let tokWord = false; // the token is a name in WORDS, not escaped

let prevTok = T_NONE; // previous token
let prevStart = 0;
let prevEnd = 0;

// Lookahead results of peek().
let peekValue = '';
let peekNl = false;
let peekStart = 0;
let peekEnd = 0;

// Edits: triples (start, end, mark) in `edits`; mark is 0 (blank), MARK_SEMI (';' at start) or
// MARK_PAREN (')' at end - 1).
const MARK_SEMI = 1;
const MARK_PAREN = 2;
let edits = [];
let suppress = 0; // > 0 inside something that will be blanked as a whole: record nothing

// The first construct that cannot be stripped, reported once the whole text has parsed (a syntax error
// anywhere wins over it, as in Node).
let unsupported = null;

// Speculation: while > 0, failures throw SPECULATION_FAILED instead of building an error.
let speculating = 0;
const SPECULATION_FAILED = { speculationFailed: true };

// Context.
let inFunction = false;
let inAsync = false;
let inGenerator = false;
let inClassBody = false; // for new.target / super checks (loosely)
let ambient = 0; // > 0 inside `declare ...`: bodies are optional, nothing is refused
let noIn = false; // parsing the head of a `for`: `in` is not a binary operator
let labels = []; // enclosing labels: name, and whether it labels a loop
let loopDepth = 0; // enclosing loops (for continue)
let breakDepth = 0; // enclosing loops and switches (for break)

// Where the current AssignmentExpression started, and whether an arrow function starting there may
// have a return type (not directly in the true branch of a conditional, unless followed by ':').
let assignStart = -1;
let assignAllowReturnType = true;

// An object literal with `a = 1` shorthand (only valid as a pattern) that has not been confirmed as one.
let coverInitStart = -1;
let coverInitEnd = -1;

// ---------------------------------------------------------------------------------------------------
// Errors.

function fail(message, start = tokStart, end = tokEnd) {
  if (speculating > 0) throw SPECULATION_FAILED;
  throw new TypeScriptStripError('invalid', message, start, end);
}

// > 0 while parsing `export type/interface/abstract class/namespace`, after which Node's parser does not
// report an unterminated comment that ends the text.
let lenientComments = 0;

// An error Node's parser recovers from: reported only if nothing worse follows.
let deferred = null;
function defer(message, start = tokStart, end = tokEnd) {
  if (deferred === null) deferred = { message, start, end };
}

function refuse(message, start, end) {
  if (ambient > 0) return;
  if (unsupported === null || start < unsupported.start) {
    unsupported = { message, start, end };
  }
}

// How a token is named in "Expected X, got Y" messages.
function describe() {
  switch (tok) {
    case T_EOF: return '<eof>';
    case T_NAME:
      if (tokEscaped) return 'ident';
      if (tokValue === 'typeof') return 'typeOf';
      return RESERVED.has(tokValue) || DESCRIBED_WORDS.has(tokValue) ? tokValue : 'ident';
    case T_NUM: return 'numeric literal';
    case T_STRING: return 'string literal';
    case T_BIGINT: return 'bigint literal';
    case T_TEMPLATE: case T_TEMPLATE_HEAD: return 'template token';
    case T_REGEX: return 'regexp literal';
    case T_PRIVATE: return '#';
  }
  return src.slice(tokStart, tokEnd);
}
const DESCRIBED_WORDS = new Set(['type', 'interface', 'declare', 'abstract', 'namespace', 'global',
  'readonly', 'public', 'private', 'protected', 'override', 'static', 'accessor', 'async', 'await', 'yield',
  'get', 'set', 'of', 'from', 'let', 'is', 'asserts', 'infer', 'keyof', 'unique', 'implements', 'package',
  'any', 'number', 'string', 'never', 'unknown', 'object', 'boolean', 'symbol', 'bigint', 'undefined',
  'require', 'target', 'meta', 'out', 'using', 'assert', 'intrinsic', 'as', 'satisfies']);

function unexpected(expected) {
  fail(`Expected '${expected}', got '${describe()}'`);
}

function failType() {
  if (tok === T_EOF) fail('Unexpected eof');
  fail(`Unexpected token \`${describe()}\`. ${MSG_TYPE}`);
}

// ---------------------------------------------------------------------------------------------------
// Scanner.

// Advances to the next token.
function next() {
  prevTok = tok;
  prevStart = tokStart;
  prevEnd = tokEnd;
  tokNl = false;
  tokWord = false;
  skipTrivia();
  tokStart = pos;
  const c = src.charCodeAt(pos);
  if (c < 128 && ASCII_ID[c] === 1) {
    scanName();
    return;
  }
  scanToken();
}

function scan() {
  tokNl = false;
  tokWord = false;
  skipTrivia();
  tokStart = pos;
  scanToken();
}

function scanToken() {
  if (pos >= len) {
    tok = T_EOF;
    tokEnd = pos;
    return;
  }
  const c = src.charCodeAt(pos);
  if (c < 128) {
    if (ASCII_ID[c] === 1) {
      scanName();
      return;
    }
    if (c >= 48 && c <= 57) {
      scanNumber(c);
      return;
    }
    scanPunctuator(c);
    return;
  }
  if (c === 92) {
    scanName();
    return;
  }
  const cp = src.codePointAt(pos);
  if (isIdStartCode(cp)) {
    scanName();
    return;
  }
  fail('Unexpected character', pos, pos + (cp > 0xffff ? 2 : 1));
}

// Skips white space and comments before a token; sets tokNl if a line terminator is among them.
// Comments are skipped with indexOf (native code even while this JavaScript is interpreted).
function skipTrivia() {
  for (;;) {
    const c = src.charCodeAt(pos);
    if (c === 32 || c === 9) {
      pos++;
    } else if (c === 10 || c === 13) {
      tokNl = true;
      pos++;
    } else if (c === 47) { // '/'
      const d = src.charCodeAt(pos + 1);
      if (d === 47) {
        pos = lineEnd(pos + 2);
      } else if (d === 42) {
        const end = src.indexOf('*/', pos + 2);
        if (end < 0) {
          // Node's parser reports it unless something worse follows, and forgets it when it met the
          // comment while trying out a parse.
          if (speculating === 0 && lenientComments === 0) defer('Unterminated block comment', len, len);
          pos = len;
          return;
        }
        if (!tokNl && lineEnd(pos + 2) < end) tokNl = true;
        pos = end + 2;
      } else {
        return;
      }
    } else if (c > 32 && c < 127) {
      // HTML-like comments: `<!--` anywhere, `-->` at the start of a line.
      if (c === 60 && src.charCodeAt(pos + 1) === 33 && src.charCodeAt(pos + 2) === 45 &&
          src.charCodeAt(pos + 3) === 45) {
        pos = lineEnd(pos + 4);
      } else if (c === 45 && (tokNl || prevTok === T_NONE) && src.charCodeAt(pos + 1) === 45 &&
                 src.charCodeAt(pos + 2) === 62) {
        pos = lineEnd(pos + 3);
      } else {
        return;
      }
    } else if (c === 11 || c === 12) {
      pos++;
    } else if (c === 0x2028 || c === 0x2029) {
      tokNl = true;
      pos++;
    } else if (c > 127 && isNonAsciiSpace(c)) {
      pos++;
    } else {
      return;
    }
  }
}

// Next positions of the rarer line terminators (found with indexOf, remembered until passed).
let nextCr = -1;
let nextLs = -1;
let nextPs = -1;

// The index of the first line terminator at or after i (len if none).
function lineEnd(i) {
  let end = src.indexOf('\n', i);
  if (end < 0) end = len;
  if (nextCr < i) nextCr = indexOrLen('\r', i);
  if (nextCr < end) end = nextCr;
  if (nextLs < i) nextLs = indexOrLen('\u2028', i);
  if (nextLs < end) end = nextLs;
  if (nextPs < i) nextPs = indexOrLen('\u2029', i);
  if (nextPs < end) end = nextPs;
  return end;
}

function indexOrLen(s, i) {
  const at = src.indexOf(s, i);
  return at < 0 ? len : at;
}

function scanName() {
  const start = pos;
  let i = pos + 1;
  let c = src.charCodeAt(i);
  while (c < 128 && ASCII_ID[c] !== 0) c = src.charCodeAt(++i);
  if (!(c >= 128 || c === 92) && src.charCodeAt(start) !== 92) {
    pos = i;
    tokEnd = i;
    tok = T_NAME;
    tokEscaped = false;
    tokValue = src.slice(start, i);
    tokWord = WORDS.has(tokValue);
    return;
  }
  // Unicode letters or escapes: character by character.
  i = pos;
  let escaped = false;
  while (i < len) {
    const c = src.charCodeAt(i);
    if (c < 128) {
      if (ASCII_ID[c] !== 0) {
        i++;
        continue;
      }
      if (c === 92) { // \u escape
        escaped = true;
        i = scanIdentifierEscape(i);
        continue;
      }
      break;
    }
    const cp = src.codePointAt(i);
    if (i === start ? isIdStartCode(cp) : isIdPartCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    break;
  }
  pos = i;
  tokEnd = i;
  tok = T_NAME;
  tokEscaped = escaped;
  tokValue = escaped ? decodeIdentifier(start, i) : src.slice(start, i);
  tokWord = !escaped && WORDS.has(tokValue);
}

function scanIdentifierEscape(i) {
  if (src.charCodeAt(i + 1) !== 117) fail('Invalid escape in identifier', i, i + 2); // 'u'
  if (src.charCodeAt(i + 2) === 123) {
    const close = src.indexOf('}', i + 3);
    if (close < 0 || !/^[0-9a-fA-F]+$/.test(src.slice(i + 3, close))) fail('Invalid unicode escape', i, i + 2);
    return close + 1;
  }
  if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) fail('Invalid unicode escape', i, i + 2);
  return i + 6;
}

function decodeIdentifier(start, end) {
  return src.slice(start, end).replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g,
    (m, a, b) => String.fromCodePoint(parseInt(a || b, 16)));
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

function isHexDigit(c) {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// Digits of a radix with `_` separators; returns the index after them.
function scanDigits(i, test) {
  const first = i;
  while (i < len) {
    const c = src.charCodeAt(i);
    if (test(c)) {
      i++;
    } else if (c === 95) {
      if (i === first || !test(src.charCodeAt(i + 1)) || !test(src.charCodeAt(i - 1))) {
        fail('A numeric separator is only allowed between two digits', tokStart, tokStart + 1);
      }
      i++;
    } else {
      break;
    }
  }
  return i;
}

const isOctalDigit = (c) => c >= 48 && c <= 55;
const isBinaryDigit = (c) => c === 48 || c === 49;

function scanNumber(c) {
  const start = pos;
  let i = pos;
  let kind = T_NUM;
  const d = src.charCodeAt(i + 1);
  if (c === 48 && (d === 120 || d === 88 || d === 111 || d === 79 || d === 98 || d === 66)) {
    const test = d === 120 || d === 88 ? isHexDigit : d === 111 || d === 79 ? isOctalDigit : isBinaryDigit;
    i = scanDigits(i + 2, test);
    if (i === start + 2) {
      fail(d === 120 || d === 88 ? 'Expected a hexadecimal digit' : 'Expected a digit', i, i);
    }
    if (src.charCodeAt(i) === 110) { // n
      i++;
      kind = T_BIGINT;
    }
  } else if (c === 48 && isDigit(d)) {
    // Legacy octal (07) or decimal with a leading zero (08, 09.5).
    let j = i + 1;
    let octal = true;
    while (isDigit(src.charCodeAt(j))) {
      if (src.charCodeAt(j) >= 56) octal = false;
      j++;
    }
    if (octal) fail('Legacy octal literals are not available when targeting ECMAScript 5 and higher', start, j);
    i = j;
    if (src.charCodeAt(i) === 46) i = scanDigits(i + 1, isDigit);
    i = scanExponent(i);
  } else {
    if (c !== 46) i = scanDigits(i, isDigit);
    const e = src.charCodeAt(i);
    if (e === 110) { // n
      i++;
      kind = T_BIGINT;
    } else {
      if (e === 46) i = scanDigits(i + 1, isDigit);
      i = scanExponent(i);
    }
  }
  const after = i < len ? src.charCodeAt(i) : 0;
  if (after !== 0 && (after < 128 ? ASCII_ID[after] === 1 || after === 92 : isIdStartCode(src.codePointAt(i)))) {
    fail('Identifier cannot follow number', i, i + 1);
  }
  pos = i;
  tokEnd = i;
  tok = kind;
}

function scanExponent(i) {
  const e = src.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const s = src.charCodeAt(j);
    if (s === 43 || s === 45) j++;
    if (!isDigit(src.charCodeAt(j))) {
      fail(j < len ? 'Expected a decimal digit' : 'Expected +, - or decimal digit after e', j, j);
    }
    return scanDigits(j, isDigit);
  }
  return i;
}

const PLAIN_DOUBLE_QUOTED_RE = /"[^"\\\n\r]*"/y;
const PLAIN_SINGLE_QUOTED_RE = /'[^'\\\n\r]*'/y;

function scanString(q) {
  const start = pos;
  // Strings without escapes in one step.
  const re = q === 34 ? PLAIN_DOUBLE_QUOTED_RE : PLAIN_SINGLE_QUOTED_RE;
  re.lastIndex = pos;
  if (re.test(src)) {
    pos = re.lastIndex;
    tokEnd = pos;
    tok = T_STRING;
    return;
  }
  let i = pos + 1;
  for (;;) {
    if (i >= len) {
      defer('Unterminated string constant', start, len);
      break;
    }
    const c = src.charCodeAt(i);
    if (c === q) {
      i++;
      break;
    }
    if (c === 92) {
      i = scanEscape(i, true);
      continue;
    }
    if (c === 10 || c === 13) {
      defer('Unterminated string constant', start, i);
      break;
    }
    i++;
  }
  pos = i;
  tokEnd = i;
  tok = T_STRING;
}

// A backslash escape at i (in a string when `check`, else in a template); returns the index after it.
function scanEscape(i, check) {
  const c = src.charCodeAt(i + 1);
  if (c === 13 && src.charCodeAt(i + 2) === 10) return i + 3;
  if (c === 120 && check) { // \x
    if (!isHexDigit(src.charCodeAt(i + 2)) || !isHexDigit(src.charCodeAt(i + 3))) {
      let j = i + 2;
      while (j < i + 4 && isHexDigit(src.charCodeAt(j))) j++;
      fail('Bad character escape sequence, expected 2 hex characters', i, j);
    }
    return i + 4;
  }
  if (c === 117 && check) { // \u
    if (src.charCodeAt(i + 2) === 123) {
      let j = i + 3;
      while (isHexDigit(src.charCodeAt(j))) j++;
      if (src.charCodeAt(j) !== 125 || j === i + 3 || parseInt(src.slice(i + 3, j), 16) > 0x10ffff) {
        fail('Bad character escape sequence, expected 1-6 hex characters in the range 0 to 10FFFF.', i, j);
      }
      return j + 1;
    }
    let j = i + 2;
    while (j < i + 6 && isHexDigit(src.charCodeAt(j))) j++;
    if (j < i + 6) fail('Bad character escape sequence, expected 4 hex characters', i, j);
    return j;
  }
  if (i + 1 >= len) return i + 1;
  // Any other character (a surrogate pair counts as one).
  const cc = src.charCodeAt(i + 1);
  return i + (cc >= 0xd800 && cc <= 0xdbff ? 3 : 2);
}

const TEMPLATE_CHARS_RE = /[^`\\$]*/y;

// A template part starting at i (just after '`' or '}'): sets tok to T_TEMPLATE or T_TEMPLATE_HEAD.
function scanTemplate(i) {
  const start = tokStart;
  for (;;) {
    TEMPLATE_CHARS_RE.lastIndex = i;
    TEMPLATE_CHARS_RE.test(src);
    i = TEMPLATE_CHARS_RE.lastIndex;
    if (i >= len) fail('Unterminated template', start, len);
    const c = src.charCodeAt(i);
    if (c === 96) {
      i++;
      tok = T_TEMPLATE;
      break;
    }
    if (c === 36 && src.charCodeAt(i + 1) === 123) {
      i += 2;
      tok = T_TEMPLATE_HEAD;
      break;
    }
    if (c === 92) {
      i = scanEscape(i, false);
      continue;
    }
    i++;
  }
  pos = i;
  tokEnd = i;
}

function scanPunctuator(c) {
  const i = pos;
  const d = src.charCodeAt(i + 1);
  const e = src.charCodeAt(i + 2);
  switch (c) {
    case 34: case 39: // " '
      scanString(c);
      return;
    case 96: // `
      scanTemplate(i + 1);
      return;
    case C_LPAREN: case C_RPAREN: case C_LBRACKET: case C_RBRACKET: case C_LBRACE: case C_RBRACE:
    case C_SEMI: case C_COMMA: case C_COLON: case C_TILDE: case C_AT: case C_GT:
      return punctuator(c, 1);
    case C_DOT:
      if (isDigit(d)) {
        scanNumber(c);
        return;
      }
      return d === 46 && e === 46 ? punctuator(T_ELLIPSIS, 3) : punctuator(C_DOT, 1);
    case C_QUESTION:
      if (d === 46 && !isDigit(e)) return punctuator(T_QDOT, 2); // `a?.5:b` is a conditional
      if (d === 63) return e === 61 ? punctuator(T_QQ_EQ, 3) : punctuator(T_QQ, 2);
      return punctuator(C_QUESTION, 1);
    case C_EQ:
      if (d === 62) return punctuator(T_ARROW, 2);
      if (d === 61) return e === 61 ? punctuator(T_EQ3, 3) : punctuator(T_EQ2, 2);
      return punctuator(C_EQ, 1);
    case C_BANG:
      if (d === 61) return e === 61 ? punctuator(T_NE2, 3) : punctuator(T_NE, 2);
      return punctuator(C_BANG, 1);
    case C_LT:
      if (d === 61) return punctuator(T_LE, 2);
      if (d === 60) return e === 61 ? punctuator(T_SHL_EQ, 3) : punctuator(T_SHL, 2);
      return punctuator(C_LT, 1);
    case C_PLUS:
      return d === 43 ? punctuator(T_INC, 2) : d === 61 ? punctuator(T_PLUS_EQ, 2) : punctuator(C_PLUS, 1);
    case C_MINUS:
      return d === 45 ? punctuator(T_DEC, 2) : d === 61 ? punctuator(T_MINUS_EQ, 2) : punctuator(C_MINUS, 1);
    case C_STAR:
      if (d === 42) return e === 61 ? punctuator(T_POW_EQ, 3) : punctuator(T_POW, 2);
      return d === 61 ? punctuator(T_STAR_EQ, 2) : punctuator(C_STAR, 1);
    case C_SLASH:
      return d === 61 ? punctuator(T_SLASH_EQ, 2) : punctuator(C_SLASH, 1);
    case C_PERCENT:
      return d === 61 ? punctuator(T_PERCENT_EQ, 2) : punctuator(C_PERCENT, 1);
    case C_AMP:
      if (d === 38) return e === 61 ? punctuator(T_AND2_EQ, 3) : punctuator(T_AND2, 2);
      return d === 61 ? punctuator(T_AMP_EQ, 2) : punctuator(C_AMP, 1);
    case C_BAR:
      if (d === 124) return e === 61 ? punctuator(T_OR2_EQ, 3) : punctuator(T_OR2, 2);
      return d === 61 ? punctuator(T_BAR_EQ, 2) : punctuator(C_BAR, 1);
    case C_CARET:
      return d === 61 ? punctuator(T_CARET_EQ, 2) : punctuator(C_CARET, 1);
    case C_HASH:
      if (i + 1 < len && (d < 128 ? ASCII_ID[d] === 1 || d === 92 : isIdStartCode(src.codePointAt(i + 1)))) {
        pos = i + 1;
        scanName();
        tok = T_PRIVATE;
        tokWord = false;
        tokStart = i;
        return;
      }
      if (i === textStart && d === 33) { // #! at the very start
        pos = lineEnd(i + 2);
        scan();
        return;
      }
      break;
    case 92: // backslash: an escaped identifier
      scanName();
      return;
  }
  fail('Unexpected character', i, i + 1);
}

function punctuator(t, n) {
  tok = t;
  pos += n;
  tokEnd = pos;
}

// The current '>' token as the longest operator it starts (>=, >>, >>=, >>>, >>>=).
function rescanGreater() {
  if (tok !== C_GT) return;
  const a = src.charCodeAt(pos);
  if (a === 61) {
    tok = T_GE;
    pos += 1;
  } else if (a === 62) {
    const b = src.charCodeAt(pos + 1);
    if (b === 61) {
      tok = T_SHR_EQ;
      pos += 2;
    } else if (b === 62) {
      if (src.charCodeAt(pos + 2) === 61) {
        tok = T_USHR_EQ;
        pos += 3;
      } else {
        tok = T_USHR;
        pos += 2;
      }
    } else {
      tok = T_SHR;
      pos += 1;
    }
  }
  tokEnd = pos;
}

// The current '/' or '/=' token as a regular expression literal.
function rescanRegex() {
  const start = tokStart;
  let i = start + 1;
  let inClass = false;
  for (;;) {
    // Unterminated: Node's parser takes the rest of the line and reports it unless worse follows.
    const c = i < len ? src.charCodeAt(i) : 10;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      defer('Unterminated regexp literal', start, i);
      pos = i;
      tokEnd = i;
      tok = T_REGEX;
      return;
    }
    if (c === 92) {
      const d = src.charCodeAt(i + 1);
      if (i + 1 >= len || d === 10 || d === 13 || d === 0x2028 || d === 0x2029) {
        i++;
        continue;
      }
      i += 2;
      continue;
    }
    if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) break;
    i++;
  }
  i++;
  const flagsStart = i;
  while (i < len) {
    const c = src.charCodeAt(i);
    if (c < 128 ? ASCII_ID[c] !== 0 : isIdPartCode(src.codePointAt(i))) i++;
    else break;
  }
  for (let j = flagsStart; j < i; j++) {
    const f = src.charCodeAt(j);
    if ('dgimsuyv'.indexOf(src[j]) < 0) fail('Unknown regular expression flags.', start, i);
    if (src.indexOf(src[j], j + 1) >= 0 && src.indexOf(src[j], j + 1) < i) {
      fail(`Duplicated regular expression flag '${String.fromCharCode(f)}'.`, start, i);
    }
  }
  pos = i;
  tokEnd = i;
  tok = T_REGEX;
}

// The current '}' token as the continuation of a template.
function rescanTemplateContinuation() {
  if (tok !== C_RBRACE) unexpected('}');
  scanTemplate(tokStart + 1);
}

// The token after the current one, without consuming anything (peekValue, peekNl... describe it).
function peek() {
  const sPos = pos, sTok = tok, sStart = tokStart, sEnd = tokEnd, sValue = tokValue, sNl = tokNl,
    sEscaped = tokEscaped, sWord = tokWord;
  scan();
  const t = tok;
  peekValue = tokValue;
  peekNl = tokNl;
  peekStart = tokStart;
  peekEnd = tokEnd;
  pos = sPos;
  tok = sTok;
  tokStart = sStart;
  tokEnd = sEnd;
  tokValue = sValue;
  tokNl = sNl;
  tokEscaped = sEscaped;
  tokWord = sWord;
  return t;
}

// The name token after the current one, or '' if it is not a name.
function peekName() {
  return peek() === T_NAME ? peekValue : '';
}

// ---------------------------------------------------------------------------------------------------
// Speculation: save everything a failed attempt may have changed.

function snapshot() {
  return {
    pos, tok, tokStart, tokEnd, tokValue, tokNl, tokEscaped, tokWord, prevTok, prevStart, prevEnd,
    edits: edits.length, suppress, unsupported, inFunction, inAsync, inGenerator, inClassBody, ambient,
    noIn, labelsRef: labels, labels: labels.length, loopDepth, breakDepth, assignStart, assignAllowReturnType,
    coverInitStart, coverInitEnd, deferred, paramProperty, typeNoConditional, lenientComments,
  };
}

function restore(s) {
  pos = s.pos;
  tok = s.tok;
  tokStart = s.tokStart;
  tokEnd = s.tokEnd;
  tokValue = s.tokValue;
  tokNl = s.tokNl;
  tokEscaped = s.tokEscaped;
  tokWord = s.tokWord;
  prevTok = s.prevTok;
  prevStart = s.prevStart;
  prevEnd = s.prevEnd;
  edits.length = s.edits;
  suppress = s.suppress;
  unsupported = s.unsupported;
  inFunction = s.inFunction;
  inAsync = s.inAsync;
  inGenerator = s.inGenerator;
  inClassBody = s.inClassBody;
  ambient = s.ambient;
  noIn = s.noIn;
  labels = s.labelsRef;
  labels.length = s.labels;
  loopDepth = s.loopDepth;
  breakDepth = s.breakDepth;
  assignStart = s.assignStart;
  assignAllowReturnType = s.assignAllowReturnType;
  coverInitStart = s.coverInitStart;
  coverInitEnd = s.coverInitEnd;
  deferred = s.deferred;
  paramProperty = s.paramProperty;
  typeNoConditional = s.typeNoConditional;
  lenientComments = s.lenientComments;
}

// Runs fn speculatively: returns true if it completed, false (with the state restored) if it failed.
function attempt(fn) {
  const s = snapshot();
  speculating++;
  try {
    fn();
    return true;
  } catch (e) {
    if (e !== SPECULATION_FAILED && !(e instanceof TypeScriptStripError)) throw e;
    restore(s);
    return false;
  } finally {
    speculating--;
  }
}

// ---------------------------------------------------------------------------------------------------
// Edits.

// Blanks [start, end): drops the edits recorded inside it, returns the index of the new edit.
function blank(start, end, mark = 0) {
  if (suppress > 0 || end <= start) return -1;
  let n = edits.length;
  while (n > 0 && edits[n - 3] >= start) n -= 3;
  edits.length = n;
  edits.push(start, end, mark);
  return n;
}

function markSemi(index) {
  if (index >= 0) edits[index + 2] = MARK_SEMI;
}

// A statement that was removed entirely, from `start` to the end of its last token. If the next line
// starts with a token that would continue the statement before it, the first character becomes ';'.
// If the token before is a ';' that a previous removal blanked, that ';' is kept instead.
function removeStatement(start, tokBefore, semiBefore) {
  const index = blank(start, prevEnd);
  removedDeclaration = -1;
  if (index >= 0 && tokNl && startsContinuation(tok) && tokBefore !== T_NONE) {
    if (tokBefore !== C_SEMI) {
      markSemi(index);
    } else {
      unblankSemicolon(semiBefore);
    }
  }
  return index;
}

// The edit of a type alias, interface or `declare` statement just removed (else -1): in place of the
// body of an if, a loop..., it leaves a ';'.
let removedDeclaration = -1;

// Keeps the ';' at `at` if a blanked range ends with it.
function unblankSemicolon(at) {
  for (let n = edits.length - 3; n >= 0; n -= 3) {
    if (edits[n] <= at) {
      if (edits[n + 1] === at + 1 && edits[n + 2] === 0) edits[n + 1] = at;
      return;
    }
  }
}

function startsContinuation(t) {
  return t === C_LPAREN || t === C_LBRACKET || t === T_TEMPLATE || t === T_TEMPLATE_HEAD || t === C_PLUS ||
    t === C_MINUS || t === C_SLASH || t === T_SLASH_EQ;
}

const SPACES = ' '.repeat(256);

function build(base) {
  const out = [];
  let last = base;
  for (let n = 0; n < edits.length; n += 3) {
    let start = edits[n];
    const end = edits[n + 1];
    const mark = edits[n + 2];
    if (start < last) start = last;
    if (end <= start) continue;
    if (start > last) out.push(src.slice(last, start));
    blankInto(out, start, end, mark);
    last = end;
  }
  if (last < len) out.push(src.slice(last));
  return out.join('');
}

function blankInto(out, start, end, mark) {
  let run = 0; // pending spaces
  let i = start;
  if (mark === MARK_SEMI) {
    out.push(';');
    i += src.charCodeAt(i) >= 0xd800 && src.charCodeAt(i) <= 0xdbff ? 2 : 1;
  }
  const stop = mark === MARK_PAREN ? end - 1 : end;
  for (; i < stop; i++) {
    const c = src.charCodeAt(i);
    if (c < 128) {
      if (c === 10 || c === 13 || c === 9 || c === 11 || c === 12) {
        if (run > 0) run = flushSpaces(out, run);
        out.push(src[i]);
      } else {
        run++;
      }
      continue;
    }
    if (run > 0) run = flushSpaces(out, run);
    if (c === 0x2028 || c === 0x2029 || isNonAsciiSpace(c)) {
      out.push(src[i]);
    } else if (c < 0x800) {
      out.push('\u00a0');
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff && i + 1 < stop) {
        out.push(' \ufeff');
        i++;
      } else {
        out.push('\u2002');
      }
    } else {
      out.push('\u2002');
    }
  }
  if (run > 0) flushSpaces(out, run);
  if (mark === MARK_PAREN) out.push(')');
}

function flushSpaces(out, n) {
  while (n > 256) {
    out.push(SPACES);
    n -= 256;
  }
  out.push(n === 256 ? SPACES : SPACES.slice(0, n));
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// Token helpers.

function is(value) {
  return tokWord && tokValue === value;
}

function eat(t) {
  if (tok === t) {
    next();
    return true;
  }
  return false;
}

function expect(t, text) {
  if (tok !== t) unexpected(text);
  next();
}

function expectName(value) {
  if (!is(value)) unexpected(value);
  next();
}

// An identifier (not a reserved word).
function expectIdentifier() {
  if (tok !== T_NAME || (RESERVED.has(tokValue) && !tokEscaped)) fail('Expected ident');
  checkIdentifierName();
  next();
}

function checkIdentifierName() {
  if (tokWord) {
    if (inAsync && tokValue === 'await') fail('`await` cannot be used as an identifier in an async context');
    if (inGenerator && tokValue === 'yield') fail('Expected ident');
  }
}

// End of a statement: ';' or automatic semicolon insertion.
function semicolon(message = MSG_SEMI_STMT) {
  if (tok === C_SEMI) {
    next();
    return;
  }
  if (tok === C_RBRACE || tok === T_EOF || tokNl) return;
  if (message === MSG_SEMI_TOKEN) unexpected(';');
  fail(message);
}

// ---------------------------------------------------------------------------------------------------
// Types. Nothing inside a type is recorded: the caller blanks the whole range.

// `: Type` at the current ':' token: blanks from the colon to the end of the type.
function typeAnnotation() {
  const start = tokStart;
  next();
  parseType();
  return blank(start, prevEnd);
}

function parseType() {
  suppress++;
  try {
    parseTypeInner(false);
  } finally {
    suppress--;
  }
}

// A type; noConditional: in the `extends` clause of a conditional type, where a further conditional
// type needs parentheses.
let typeNoConditional = false;
function parseTypeInner(noConditional) {
  const saved = typeNoConditional;
  typeNoConditional = noConditional;
  parseTypeWorker(noConditional);
  typeNoConditional = saved;
}

function parseTypeWorker(noConditional) {
  if (tok === C_LPAREN || tok === C_LT) {
    if (isStartOfFunctionType()) {
      parseFunctionType();
      return;
    }
  } else if (tokWord && (tokValue === 'new' || (tokValue === 'abstract' && peekName() === 'new'))) {
    if (tokValue === 'abstract') next();
    next();
    parseFunctionType();
    return;
  }
  parseUnionType();
  if (!noConditional && tok === T_NAME && tokValue === 'extends' && !tokNl && !tokEscaped) {
    next();
    parseTypeInner(true);
    expect(C_QUESTION, '?');
    parseTypeInner(false);
    expect(C_COLON, ':');
    parseTypeInner(false);
  }
}

// Whether '(' or '<' here starts a function type rather than a parenthesized type.
function isStartOfFunctionType() {
  if (tok === C_LT) return true;
  if (tok !== C_LPAREN) return false;
  const t = peek();
  if (t === C_RPAREN || t === T_ELLIPSIS) return true;
  // After '(': optional modifiers, then a name or a binding pattern, then one of : , ? = or `) =>`.
  const s = snapshot();
  let result = false;
  speculating++;
  try {
    next(); // (
    while (tok === T_NAME && !tokEscaped && ERASED_MODIFIERS.has(tokValue)) {
      const u = peek();
      if (u !== T_NAME && u !== C_LBRACKET && u !== C_LBRACE) break;
      next();
    }
    let started = false;
    if (tok === T_NAME) {
      next();
      started = true;
    } else if (tok === C_LBRACKET || tok === C_LBRACE) {
      skipBalanced();
      started = true;
    }
    if (started) {
      if (tok === C_COLON || tok === C_COMMA || tok === C_QUESTION || tok === C_EQ) {
        result = true;
      } else if (tok === C_RPAREN) {
        next();
        result = tok === T_ARROW;
      }
    }
  } catch (e) {
    if (e !== SPECULATION_FAILED && !(e instanceof TypeScriptStripError)) throw e;
  } finally {
    speculating--;
  }
  restore(s);
  return result;
}

// Skips a bracketed group starting at the current ( [ or { token.
function skipBalanced() {
  let depth = 0;
  do {
    if (tok === C_LPAREN || tok === C_LBRACKET || tok === C_LBRACE) depth++;
    else if (tok === C_RPAREN || tok === C_RBRACKET || tok === C_RBRACE) depth--;
    else if (tok === T_EOF) throw SPECULATION_FAILED;
    else if (tok === T_TEMPLATE_HEAD) throw SPECULATION_FAILED;
    next();
  } while (depth > 0);
}

// (params) => Type, <T>(params) => Type (the `new` of a constructor type already consumed).
function parseFunctionType() {
  if (tok === C_LT) parseTypeParameters();
  parseParameters(PARAMS_TYPE);
  if (tok !== T_ARROW) unexpected('=>');
  next();
  parseReturnTypeBody();
}

function parseUnionType() {
  if (tok === C_BAR) next();
  parseIntersectionType();
  while (tok === C_BAR) {
    next();
    parseIntersectionType();
  }
}

function parseIntersectionType() {
  if (tok === C_AMP) next();
  parseTypeOperator();
  while (tok === C_AMP) {
    next();
    parseTypeOperator();
  }
}

function parseTypeOperator() {
  if (tok === T_NAME && !tokEscaped) {
    const v = tokValue;
    if (v === 'keyof' || v === 'unique' || v === 'readonly') {
      const t = peek();
      // `keyof` alone (or before a token that cannot start a type) is a type reference.
      if (t !== C_RPAREN && t !== C_COMMA && t !== C_SEMI && t !== C_GT && t !== C_EQ && t !== C_RBRACKET &&
          t !== C_RBRACE && t !== C_BAR && t !== C_AMP) {
        next();
        parseTypeOperator();
        return;
      }
    } else if (v === 'infer') {
      const t = peek();
      if (t !== T_NAME) {
        next();
        fail('Expected ident');
      }
      if (t === T_NAME) {
        next();
        next();
        if (is('extends') && !tokNl) {
          // `infer U extends C`: a constraint, unless this `extends` starts a conditional type (which
          // it cannot in the `extends` clause of a conditional type).
          if (typeNoConditional) {
            next();
            parseTypeInner(true);
            typeNoConditional = true;
          } else {
            const s = snapshot();
            next();
            let keep = false;
            if (attempt(() => parseTypeInner(true))) keep = tok !== C_QUESTION;
            if (!keep) restore(s);
          }
        }
        return;
      }
    }
  }
  parsePostfixType();
}

function parsePostfixType() {
  parseNonArrayType();
  while (tok === C_LBRACKET && !tokNl) {
    next();
    if (tok === C_RBRACKET) {
      next();
    } else {
      parseTypeInner(false);
      expect(C_RBRACKET, ']');
    }
  }
}

function parseNonArrayType() {
  switch (tok) {
    case T_NAME: {
      if (tokEscaped) {
        parseTypeReference();
        return;
      }
      const v = tokValue;
      if (v === 'typeof') {
        next();
        if (is('import')) {
          parseImportType();
        } else {
          parseEntityName(true);
        }
        if (tok === C_LT && !tokNl) parseTypeArguments();
        return;
      }
      if (v === 'import') {
        parseImportType();
        return;
      }
      if (v === 'this' || v === 'void' || v === 'null' || v === 'true' || v === 'false' || v === 'undefined') {
        next();
        return;
      }
      if (v === 'asserts' || v === 'unique') {
        parseTypeReference();
        return;
      }
      // Of the reserved words, only these start a type (`break` too, for Node's parser).
      if ((RESERVED.has(v) && v !== 'break') || v === 'let') failType();
      parseTypeReference();
      return;
    }
    case T_STRING: case T_NUM: case T_BIGINT: case T_TEMPLATE:
      next();
      return;
    case T_TEMPLATE_HEAD:
      parseTemplateLiteralType();
      return;
    case C_MINUS:
      next();
      if (tok !== T_NUM && tok !== T_BIGINT) failType();
      next();
      return;
    case C_LBRACE:
      if (isStartOfMappedType()) parseMappedType();
      else parseObjectType();
      return;
    case C_LBRACKET:
      parseTupleType();
      return;
    case C_LPAREN:
      if (isStartOfFunctionType()) {
        parseFunctionType();
        return;
      }
      next();
      parseTypeInner(false);
      expect(C_RPAREN, ')');
      return;
    case C_LT:
      parseFunctionType();
      return;
    case C_QUESTION: // JSDoc `?` types
      next();
      return;
  }
  failType();
}

function parseTypeReference() {
  parseEntityName(false);
  if (tok === C_LT && !tokNl) parseTypeArguments();
}

function parseEntityName(allowThisAndKeywords) {
  if (tok !== T_NAME) fail('Expected ident');
  next();
  while (tok === C_DOT) {
    next();
    if (tok !== T_NAME && tok !== T_PRIVATE) fail('Expected ident');
    next();
  }
}

// import('x'[, { with: ... }])[.Name][<T>]
function parseImportType() {
  next(); // import
  expect(C_LPAREN, '(');
  if (tok !== T_STRING) fail('Expected string literal');
  next();
  if (tok === C_COMMA) {
    next();
    if (tok !== C_RPAREN) {
      parseAssign();
      eat(C_COMMA);
    }
  }
  expect(C_RPAREN, ')');
  while (tok === C_DOT) {
    next();
    if (tok !== T_NAME) fail('Expected ident');
    next();
  }
  if (tok === C_LT && !tokNl) parseTypeArguments();
}

function parseTemplateLiteralType() {
  // tok is T_TEMPLATE_HEAD
  for (;;) {
    next();
    parseTypeInner(false);
    rescanTemplateContinuation();
    if (tok === T_TEMPLATE) {
      next();
      return;
    }
  }
}

function isStartOfMappedType() {
  // { [+-]readonly [K in ...   or  { [K in ...
  const s = snapshot();
  next(); // {
  if (tok === C_PLUS || tok === C_MINUS) {
    next();
    const r = is('readonly');
    restore(s);
    return r;
  }
  if (is('readonly')) next();
  let result = false;
  if (tok === C_LBRACKET) {
    next();
    if (tok === T_NAME) {
      next();
      result = is('in');
    }
  }
  restore(s);
  return result;
}

function parseMappedType() {
  next(); // {
  if (tok === C_PLUS || tok === C_MINUS) next();
  if (is('readonly')) next();
  expect(C_LBRACKET, '[');
  next(); // name
  expectName('in');
  parseTypeInner(false);
  if (is('as')) {
    next();
    parseTypeInner(false);
  }
  expect(C_RBRACKET, ']');
  if (tok === C_PLUS || tok === C_MINUS) {
    next();
    expect(C_QUESTION, '?');
  } else {
    eat(C_QUESTION);
  }
  if (tok === C_COLON) {
    next();
    parseTypeInner(false);
  }
  if (tok === C_SEMI || tok === C_COMMA) next();
  expect(C_RBRACE, '}');
}

function parseTupleType() {
  next(); // [
  while (tok !== C_RBRACKET) {
    if (tok === T_ELLIPSIS) next();
    if (tok === T_NAME) {
      // named member `name: T` / `name?: T`
      const t = peek();
      if (t === C_COLON) {
        next();
        next();
      } else if (t === C_QUESTION) {
        const s = snapshot();
        next();
        next();
        if (tok === C_COLON) {
          next();
        } else {
          restore(s);
        }
      }
    }
    parseTypeInner(false);
    eat(C_QUESTION);
    if (tok !== C_COMMA) break;
    next();
  }
  expect(C_RBRACKET, ']');
}

function parseObjectType() {
  next(); // {
  while (tok !== C_RBRACE) {
    if (tok === T_EOF) fail('Unexpected eof');
    parseTypeMember();
    if (tok === C_SEMI || tok === C_COMMA) {
      next();
    } else if (tok !== C_RBRACE && !tokNl) {
      unexpected(';');
    }
  }
  next();
}

// A member of an object type or interface.
function parseTypeMember() {
  if (tok === C_LPAREN || tok === C_LT) { // call signature
    parseSignatureRest();
    return;
  }
  if (is('new')) {
    const t = peek();
    if (t === C_LPAREN || t === C_LT) { // construct signature
      next();
      parseSignatureRest();
      return;
    }
  }
  // modifiers
  while (tok === T_NAME && !tokEscaped &&
         (tokValue === 'readonly' || tokValue === 'public' || tokValue === 'private' ||
          tokValue === 'protected' || tokValue === 'static' || tokValue === 'declare' ||
          tokValue === 'abstract' || tokValue === 'override' || tokValue === 'export')) {
    const t = peek();
    if (t === T_NAME || t === T_STRING || t === T_NUM || t === C_LBRACKET || t === T_PRIVATE) next();
    else break;
  }
  if ((is('get') || is('set'))) {
    const t = peek();
    if (t === T_NAME || t === T_STRING || t === T_NUM || t === C_LBRACKET || t === T_PRIVATE) next();
  }
  if (tok === C_LBRACKET && isIndexSignature()) {
    parseIndexSignature();
    return;
  }
  parsePropertyName();
  eat(C_QUESTION);
  if (tok === C_LPAREN || tok === C_LT) {
    parseSignatureRest();
    return;
  }
  if (tok === C_COLON) {
    next();
    parseTypeInner(false);
  }
}

function parseSignatureRest() {
  if (tok === C_LT) parseTypeParameters();
  parseParameters(PARAMS_TYPE);
  if (tok === C_COLON) {
    next();
    parseReturnTypeBody();
  }
}

// At '[': `[name: T]` (or `[name, ...` in error) starts an index signature.
function isIndexSignature() {
  const s = snapshot();
  next();
  let result = false;
  if (tok === T_ELLIPSIS) {
    result = true;
  } else if (tok === T_NAME) {
    next();
    result = tok === C_COLON || tok === C_COMMA;
  }
  restore(s);
  return result;
}

function parseIndexSignature() {
  next(); // [
  next(); // name
  expect(C_COLON, ':');
  parseTypeInner(false);
  expect(C_RBRACKET, ']');
  if (tok === C_COLON) {
    next();
    parseTypeInner(false);
  }
}

// <T, const U extends X = Y>
function parseTypeParameters() {
  suppress++;
  try {
    next(); // <
    while (tok !== C_GT) {
      while (tok === T_NAME && (tokValue === 'const' || tokValue === 'in' || tokValue === 'out') &&
             peek() === T_NAME) {
        next();
      }
      if (tok !== T_NAME) fail('Expected ident');
      next();
      if (is('extends')) {
        next();
        parseTypeInner(false);
      }
      if (tok === C_EQ) {
        next();
        parseTypeInner(false);
      }
      if (tok !== C_COMMA) break;
      next();
    }
    if (tok !== C_GT) unexpected('>');
    next();
  } finally {
    suppress--;
  }
}

function parseTypeArguments() {
  next(); // <
  while (tok !== C_GT) {
    parseTypeInner(false);
    if (tok !== C_COMMA) break;
    next();
  }
  if (tok !== C_GT) unexpected(',');
  next();
}

// The type after ':' of a return type: may be a type predicate (`x is T`, `asserts x is T`,
// `asserts this`, `this is T`).
function parseReturnTypeBody() {
  suppress++;
  try {
    if (is('asserts')) {
      const t = peek();
      if ((t === T_NAME) && !peekNl) {
        next();
        next();
        if (is('is') && !tokNl) {
          next();
          parseTypeInner(false);
        }
        return;
      }
    }
    if (tok === T_NAME && peekName() === 'is' && !peekNl) {
      next();
      next();
      parseTypeInner(false);
      return;
    }
    parseTypeInner(false);
  } finally {
    suppress--;
  }
}

// ---------------------------------------------------------------------------------------------------
// Expressions. Parse functions return a kind, enough to tell valid assignment targets and arrows.

const K_OTHER = 0, K_IDENT = 1, K_MEMBER = 2, K_PATTERN = 3, K_PAREN = 4, K_ARROW = 5, K_CALL = 6,
  K_UNARY = 7, K_OPTIONAL = 8, K_LITERAL = 9, K_POSTFIX = 10;

function parseExpression() {
  let k = parseAssign(true);
  while (tok === C_COMMA) {
    next();
    parseAssign(true);
    k = K_OTHER;
  }
  return k;
}

// An expression where `in` is an operator again (inside brackets).
function parseExpressionAllowIn() {
  const saved = noIn;
  noIn = false;
  const k = parseExpression();
  noIn = saved;
  return k;
}

function parseAssignAllowIn() {
  const saved = noIn;
  noIn = false;
  const k = parseAssign(true);
  noIn = saved;
  return k;
}

// AssignmentExpression. allowReturnType: see assignAllowReturnType.
function parseAssign(allowReturnType = true) {
  if (inGenerator && is('yield')) return parseYield();
  const start = tokStart;
  assignStart = start;
  assignAllowReturnType = allowReturnType;
  const outerCover = coverInitStart;
  coverInitStart = -1;
  const k = parseConditional(allowReturnType);
  if (k === K_ARROW) {
    if (outerCover >= 0) coverInitStart = outerCover;
    return k;
  }
  if (tok === C_SEMI || tok === C_COMMA || tok === C_RPAREN) {
    // the common case, shortened
    if (coverInitStart < 0) {
      coverInitStart = outerCover;
      return k;
    }
    checkCoverInit(outerCover, k);
    return k;
  }
  if (tok === C_EQ || (tok >= T_ASSIGN_FIRST && tok <= T_ASSIGN_LAST) || tok === C_GT) {
    if (tok === C_GT) {
      rescanGreater();
      if (tok !== T_SHR_EQ && tok !== T_USHR_EQ) return k;
    }
    if (k === K_POSTFIX) return k;
    if (k === K_OPTIONAL) {
      fail('The left-hand side of an assignment expression must be a variable or a property access.', start, prevEnd);
    }
    if (k !== K_IDENT && k !== K_MEMBER && k !== K_PATTERN && k !== K_PAREN) {
      fail('Invalid assignment target', start, prevEnd);
    }
    if (tok === C_EQ && k === K_PATTERN) coverInitStart = -1;
    next();
    const cover = coverInitStart;
    parseAssign(allowReturnType);
    if (cover >= 0) coverInitStart = cover;
    checkCoverInit(outerCover);
    return K_OTHER;
  }
  checkCoverInit(outerCover, k);
  return k;
}

// A `{a = 1}` shorthand outside a pattern is an error, unless the enclosing construct may still turn
// out to be a pattern (an element of an array/object literal, or of a parenthesized list before `=>`).
let coverDeferred = false;
function checkCoverInit(outer, k) {
  if (coverInitStart >= 0) {
    if (coverDeferred && (k === K_PATTERN || k === undefined)) {
      if (outer >= 0 && outer < coverInitStart) coverInitStart = outer;
      return;
    }
    if (k === K_PATTERN && coverDeferred) return;
    fail('assignment property is invalid syntax', coverInitStart, coverInitEnd);
  }
  coverInitStart = outer;
}

function parseYield() {
  next();
  if (tok === C_STAR && !tokNl) {
    next();
    parseAssign(true);
  } else if (!tokNl && startsExpression()) {
    parseAssign(true);
  }
  return K_OTHER;
}

// Tokens that can begin an expression (for `yield`, `await` and type-argument disambiguation).
function startsExpression() {
  switch (tok) {
    case T_NAME:
      return tokValue !== 'in' && tokValue !== 'instanceof' && tokValue !== 'as' && tokValue !== 'satisfies' ||
        tokEscaped;
    case T_NUM: case T_STRING: case T_BIGINT: case T_TEMPLATE: case T_TEMPLATE_HEAD: case T_PRIVATE:
    case C_LPAREN: case C_LBRACKET: case C_LBRACE: case C_BANG: case C_TILDE: case C_PLUS: case C_MINUS:
    case T_INC: case T_DEC: case C_SLASH: case T_SLASH_EQ: case C_LT: case C_AT:
      return true;
  }
  return false;
}

function parseConditional(allowReturnType) {
  const k = parseBinary(0);
  if (tok !== C_QUESTION) return k;
  next();
  const saved = noIn;
  noIn = false;
  parseAssign(false);
  noIn = saved;
  expect(C_COLON, ':');
  parseAssign(allowReturnType);
  return K_OTHER;
}

// Binary operators by precedence climbing; `as`/`satisfies` bind like relational operators.
function parseBinary(minPrec) {
  const start = tokStart;
  let k = parseUnary();
  let leftUnary = k === K_UNARY;
  for (;;) {
    if (tok === C_GT) rescanGreater();
    let prec = PRECEDENCE[tok];
    if (prec === 0 && tokWord) {
      const v = tokValue;
      if (v === 'instanceof' || (v === 'in' && !noIn)) {
        prec = PREC_RELATIONAL;
      } else if ((v === 'as' || v === 'satisfies') && !tokNl) {
        if (PREC_RELATIONAL <= minPrec) break;
        parseAsExpression(v);
        k = K_PAREN;
        leftUnary = false;
        continue;
      }
    }
    if (prec === 0 || prec <= minPrec) {
      if (!(prec === PREC_POW && minPrec === PREC_POW)) break;
    }
    const op = tok;
    next();
    const rightStart = tokStart;
    // ** is right-associative: its right side may hold another **.
    parseBinary(op === T_POW ? PREC_POW - 1 : prec);
    if (op === T_POW && leftUnary) {
      fail("'**' cannot be applied to unary/await expression.", rightStart, prevEnd);
    }
    if ((op === T_QQ && (tok === T_OR2 || tok === T_AND2)) ||
        ((op === T_OR2 || op === T_AND2) && tok === T_QQ)) {
      next();
      parseBinary(prec);
      fail('Nullish coalescing operator(??) requires parens when mixing with logical operators', start, prevEnd);
    }
    k = K_OTHER;
    leftUnary = false;
  }
  return k;
}

// `x as T`, `x as const`, `x satisfies T` at the `as`/`satisfies` token.
// The blanked range starts at the end of the expression (comments before `as` go too); a ';' goes in
// place of `as` itself.
function parseAsExpression(v) {
  const expressionEnd = prevEnd;
  const start = tokStart;
  next();
  if (v === 'as' && is('const')) {
    next();
    blank(expressionEnd, prevEnd);
    return;
  }
  parseType();
  blank(expressionEnd, start);
  const index = blank(start, prevEnd);
  // The statement ends here in TypeScript; keep the next line from continuing it in JavaScript.
  if (tokNl && (tok === C_LPAREN || tok === C_LBRACKET || tok === T_TEMPLATE || tok === T_TEMPLATE_HEAD)) {
    markSemi(index);
  }
}

function parseUnary() {
  const start = tokStart;
  if (tok === T_NAME && !tokWord) return parseUnaryTail(start); // a plain identifier
  switch (tok) {
    case C_BANG: case C_TILDE: case C_PLUS: case C_MINUS:
      next();
      parseUnary();
      return K_UNARY;
    case T_INC: case T_DEC:
      next();
      parseUnary();
      return K_UNARY;
    case C_LT:
      return parseAngleBracket();
    case T_NAME:
      if (!tokEscaped) {
        const v = tokValue;
        if (v === 'typeof' || v === 'void' || v === 'delete') {
          next();
          parseUnary();
          return K_UNARY;
        }
        if (v === 'await' && isAwaitExpression()) {
          next();
          parseUnary();
          return K_UNARY;
        }
      }
      break;
  }
  return parseUnaryTail(start);
}

function parseUnaryTail(start) {
  const k = parseLeftHandSide();
  if ((tok === T_INC || tok === T_DEC) && !tokNl) {
    if (k !== K_IDENT && k !== K_MEMBER && k !== K_PAREN) fail('Invalid update expression', start, prevEnd);
    next();
    return K_POSTFIX;
  }
  return k;
}

// Outside async functions Node's parser still reads `await` as an operator unless what follows ends
// the expression; in a function that is not async, that is an error.
function isAwaitExpression() {
  if (inAsync) return true;
  const t = peek();
  if (t === C_SEMI || t === C_RPAREN || t === C_RBRACKET || t === C_RBRACE || t === C_COMMA || t === T_EOF ||
      t === C_COLON) {
    return false;
  }
  if (inFunction) fail("await isn't allowed in non-async function");
  return true;
}

// '<' at the start of a unary expression: a generic arrow function `<T>(x) => x`, or an angle-bracket
// type assertion `<T>x` (not supported).
function parseAngleBracket() {
  const start = tokStart;
  const atStart = start === assignStart;
  const allowReturnType = assignAllowReturnType;
  let arrow = false;
  const s = snapshot();
  if (attempt(() => {
    parseTypeParameters();
    if (tok !== C_LPAREN) throw SPECULATION_FAILED;
  })) {
    blank(start, prevEnd);
    if (parseParenthesized(atStart, allowReturnType, false) === K_ARROW) {
      arrow = true;
      // Node's parser tries generic arrow functions out whole and forgets the errors it recovered from.
      deferred = s.deferred;
    } else {
      restore(s);
    }
  }
  if (arrow) return K_ARROW;
  // Type assertion.
  next();
  parseType();
  expect(C_GT, '>');
  parseUnary();
  refuse(MSG_ANGLE, start, prevEnd);
  return K_OTHER;
}

// Member accesses, calls, type arguments, non-null assertions after a primary expression.
function parseLeftHandSide() {
  const start = tokStart;
  let k;
  const v = tokWord ? tokValue : '';
  if (v === 'new') {
    k = parseNew();
  } else if (v === 'super') {
    next();
    if (tok !== C_LPAREN && tok !== C_DOT && tok !== C_LBRACKET) {
      fail("'super' can only be used with function calls or in property accesses");
    }
    k = K_OTHER;
  } else if (v === 'import') {
    k = parseImportExpression();
  } else {
    k = parsePrimary();
    if (k === K_ARROW) return k;
  }
  // Most expressions end here: skip the loop's call.
  if (tok === C_SEMI || tok === C_COMMA || tok === C_RPAREN || tok === C_RBRACKET || tok === C_RBRACE ||
      tok === C_COLON || tok === C_EQ) {
    return k;
  }
  return parseCallTail(k, false, start);
}

function parseCallTail(k, noCall, start) {
  let optional = false;
  for (;;) {
    switch (tok) {
      case C_DOT:
        next();
        if (tok !== T_NAME && tok !== T_PRIVATE) fail('Expected ident');
        next();
        k = K_MEMBER;
        continue;
      case T_QDOT:
        if (noCall) return k;
        next();
        optional = true;
        if (tok === C_LPAREN) {
          parseArguments();
        } else if (tok === C_LBRACKET) {
          next();
          parseExpressionAllowIn();
          expect(C_RBRACKET, ']');
        } else if (tok === C_LT) {
          const start = tokStart;
          parseTypeArguments2();
          blank(start, prevEnd);
          if (tok !== C_LPAREN) unexpected('(');
          parseArguments();
        } else if (tok === T_NAME || tok === T_PRIVATE) {
          next();
        } else {
          fail('Expected ident');
        }
        k = K_OPTIONAL;
        continue;
      case C_LBRACKET:
        next();
        parseExpressionAllowIn();
        expect(C_RBRACKET, ']');
        k = optional ? K_OPTIONAL : K_MEMBER;
        continue;
      case C_LPAREN:
        if (noCall) return k;
        parseArguments();
        k = optional ? K_OPTIONAL : K_CALL;
        continue;
      case T_TEMPLATE: case T_TEMPLATE_HEAD:
        if (optional) {
          parseTemplate();
          fail('Tagged template literal is not allowed in optional chain.', start, prevEnd);
        }
        parseTemplate();
        k = K_OTHER;
        continue;
      case C_BANG:
        if (tokNl) return k;
        blank(tokStart, tokEnd);
        next();
        continue;
      case C_LT: {
        // Type arguments of a call, a tagged template or an instantiation expression, if what
        // follows the closing '>' allows it; otherwise '<' is the comparison operator.
        const start = tokStart;
        if (!attempt(tryTypeArgumentsInExpression)) return k;
        blank(start, prevEnd);
        if (tok === C_LPAREN && !noCall) {
          parseArguments();
          k = optional ? K_OPTIONAL : K_CALL;
        } else if (tok === T_TEMPLATE || tok === T_TEMPLATE_HEAD) {
          parseTemplate();
          k = K_OTHER;
        } else {
          k = K_OTHER;
        }
        continue;
      }
      default:
        return k;
    }
  }
}

function parseTypeArguments2() {
  suppress++;
  try {
    parseTypeArguments();
  } finally {
    suppress--;
  }
}

function tryTypeArgumentsInExpression() {
  suppress++;
  try {
    next(); // <
    while (tok !== C_GT) {
      parseTypeInner(false);
      if (tok !== C_COMMA) break;
      next();
    }
    if (tok !== C_GT) throw SPECULATION_FAILED;
    // `f<T>= x`, `f<T>> x`: the scanner of Node's parser reads these as one operator.
    const after = src.charCodeAt(tokEnd);
    if (after === 61 || after === 62) throw SPECULATION_FAILED;
    next();
  } finally {
    suppress--;
  }
  if (tok === C_LPAREN || tok === T_TEMPLATE || tok === T_TEMPLATE_HEAD) return;
  if (tok === C_LT || tok === C_GT || tok === C_PLUS || tok === C_MINUS || tok === T_SHL || tok === T_LE) {
    throw SPECULATION_FAILED;
  }
  if (tokNl || isBinaryOperatorToken() || !startsExpression()) return;
  throw SPECULATION_FAILED;
}

function isBinaryOperatorToken() {
  if (binaryPrecedence(tok) > 0) return true;
  return tok === T_NAME && !tokEscaped && (tokValue === 'in' || tokValue === 'instanceof' ||
    tokValue === 'as' || tokValue === 'satisfies');
}

function parseArguments() {
  next(); // (
  const saved = noIn;
  noIn = false;
  while (tok !== C_RPAREN) {
    if (tok === T_ELLIPSIS) next();
    parseAssign(true);
    if (tok !== C_COMMA) {
      if (tok !== C_RPAREN) unexpected(',');
      break;
    }
    next();
  }
  noIn = saved;
  next();
}

function parseNew() {
  const start = tokStart;
  next(); // new
  if (tok === C_DOT) {
    next();
    if (!is('target')) fail(`Unexpected token \`${describe()}\`. Expected target`);
    if (!inFunction && !inClassBody) {
      fail("'new.target' is only allowed in the body of a function declaration, function expression, or " +
        'class.', start, tokEnd);
    }
    next();
    return K_MEMBER;
  }
  // The callee: a member expression without calls.
  let k;
  if (is('new')) {
    k = parseNew();
  } else if (is('import')) {
    k = parseImportExpression();
  } else if (is('super')) {
    next();
    k = K_OTHER;
  } else {
    k = parsePrimary();
  }
  parseCallTail(k, true, start);
  if (tok === C_LPAREN) parseArguments();
  return K_OTHER;
}

function parseImportExpression() {
  next(); // import
  if (tok === C_DOT) {
    next();
    if (!is('meta')) fail('Expected meta');
    next();
    return K_MEMBER;
  }
  if (tok !== C_LPAREN) fail('Import is not allowed here');
  parseArguments();
  return K_CALL;
}

function parsePrimary() {
  const start = tokStart;
  switch (tok) {
    case T_NAME:
      return parseNamePrimary();
    case T_NUM: case T_STRING: case T_BIGINT:
      next();
      return K_LITERAL;
    case T_TEMPLATE: case T_TEMPLATE_HEAD:
      parseTemplate();
      return K_LITERAL;
    case C_LPAREN:
      return parseParenthesized(start === assignStart, assignAllowReturnType, false);
    case C_LBRACKET:
      return parseArrayLiteral();
    case C_LBRACE:
      return parseObjectLiteral();
    case C_SLASH: case T_SLASH_EQ:
      rescanRegex();
      next();
      return K_LITERAL;
    case T_PRIVATE:
      // `#x in obj`
      next();
      return K_OTHER;
    case C_AT:
      // Decorators: Node's parser takes any expression after them, not only a class.
      parseDecorators();
      return parsePrimary();
  }
  // A binary operator without its left operand: Node's parser reports it unless something worse follows.
  if (binaryPrecedence(tok) > 0) {
    defer(MSG_EXPR);
    return K_OTHER;
  }
  fail(MSG_EXPR);
}

function parseNamePrimary() {
  const start = tokStart;
  if (tokWord) {
    switch (tokValue) {
      case 'function':
        return parseFunctionExpression(false);
      case 'class':
        return parseClass(false);
      case 'this':
        next();
        return K_OTHER;
      case 'null': case 'true': case 'false':
        next();
        return K_LITERAL;
      case 'async':
        return parseAsync();
      case 'let':
        break;
      default:
        if (RESERVED.has(tokValue)) fail(MSG_EXPR);
    }
  }
  checkIdentifierName();
  next();
  if (tok === T_ARROW) {
    if (tokNl) fail(MSG_ARROW_NL, start, tokEnd);
    parseArrowBody(false, assignAllowReturnType);
    return K_ARROW;
  }
  return K_IDENT;
}

// `async` as a primary: an async function or arrow, or the identifier `async` (maybe called).
function parseAsync() {
  const start = tokStart;
  const atStart = start === assignStart;
  const allowReturnType = assignAllowReturnType;
  next(); // async
  if (!tokNl) {
    if (is('function')) return parseFunctionExpression(true);
    if (tok === T_NAME && !is('in') && !is('instanceof') && !is('as') && !is('satisfies') && peek() === T_ARROW) {
      // async x => ...
      const savedAsync = inAsync;
      inAsync = true;
      expectIdentifier();
      inAsync = savedAsync;
      if (tokNl) fail(MSG_ARROW_NL);
      parseArrowBody(true, allowReturnType);
      return K_ARROW;
    }
    if (tok === C_LT) {
      // async <T>(x) => ...
      const s = snapshot();
      const ltStart = tokStart;
      if (attempt(() => {
        parseTypeParameters();
        if (tok !== C_LPAREN) throw SPECULATION_FAILED;
      })) {
        blank(ltStart, prevEnd);
        if (parseParenthesized(atStart, allowReturnType, true) === K_ARROW) {
          deferred = s.deferred;
          return K_ARROW;
        }
        restore(s);
      }
    }
  }
  if (tok === C_LPAREN) {
    // async(...) is a call unless an arrow follows
    return parseParenthesized(atStart, allowReturnType, true);
  }
  if (tok === T_ARROW) {
    if (tokNl) fail(MSG_ARROW_NL);
    parseArrowBody(false, allowReturnType);
    return K_ARROW;
  }
  return K_IDENT;
}

const MSG_SPREAD_IN_PARENS = 'Parenthesized expression cannot contain spread operator';

// '(' ... ')': a parenthesized expression, the parameters of an arrow function, or the arguments of a
// call of `async` (isAsync). Parsed once as a cover of all of them; what follows the ')' decides.
function parseParenthesized(atStart, allowReturnType, isAsync) {
  const open = tokStart;
  next(); // (
  const savedNoIn = noIn;
  noIn = false;
  let paramOnly = -1; // start of the first thing only a parameter list may hold
  let paramOnlyMessage = '';
  let paramOnlyEnd = -1;
  let count = 0;
  let coverStart = -1;
  let coverEnd = -1;
  let notPattern = -1; // a parenthesized item: not a parameter
  let notPatternEnd = -1;
  let trailingComma = -1; // where `(a,)` has its last comma
  while (tok !== C_RPAREN) {
    count++;
    const itemStart = tokStart;
    if (tok === T_ELLIPSIS) {
      // a rest parameter (or a spread argument of `async(...)`)
      next();
      const targetStart = tokStart;
      parseCoverItem();
      if (paramOnly < 0 && !isAsync) {
        paramOnly = targetStart;
        paramOnlyEnd = prevEnd;
        paramOnlyMessage = MSG_SPREAD_IN_PARENS;
      }
    } else if (tok === T_NAME && peek() === C_QUESTION && isOptionalParameter()) {
      // `name?` followed by : , ) =
      next();
      if (paramOnly < 0) {
        paramOnly = itemStart;
        paramOnlyEnd = tokEnd;
        paramOnlyMessage = MSG_ARROW_NL;
      }
      blank(tokStart, tokEnd);
      next();
    } else {
      if (parseCoverItem() === K_PAREN && notPattern < 0) {
        notPattern = itemStart;
        notPatternEnd = prevEnd;
      }
    }
    if (coverInitStart >= 0 && coverStart < 0) {
      coverStart = coverInitStart;
      coverEnd = coverInitEnd;
    }
    coverInitStart = -1;
    if (tok === C_COLON) {
      if (paramOnly < 0) {
        paramOnly = tokStart;
        paramOnlyEnd = tokEnd;
        paramOnlyMessage = '';
      }
      typeAnnotation();
    }
    if (tok === C_EQ) {
      // the default value of an optional or annotated parameter
      next();
      parseAssign(true);
    }
    if (tok !== C_COMMA) {
      if (tok !== C_RPAREN) unexpected(',');
      break;
    }
    next();
    trailingComma = tok === C_RPAREN ? prevStart : -1;
  }
  const close = tokStart;
  next(); // )
  noIn = savedNoIn;

  if (tok === T_ARROW) {
    if (tokNl) fail(MSG_ARROW_NL, open, prevEnd);
    if (notPattern >= 0) fail('Not a pattern', notPattern, notPatternEnd);
    parseArrowBody(isAsync, allowReturnType);
    return K_ARROW;
  }
  if (tok === C_COLON && atStart) {
    // A return type, if a type and then '=>' follow.
    const s = snapshot();
    const colon = tokStart;
    if (attempt(() => {
      next();
      parseReturnTypeBody();
      if (tok !== T_ARROW) throw SPECULATION_FAILED;
    })) {
      if (tokNl) fail(MSG_ARROW_NL, open, prevEnd);
      const typeEnd = prevEnd;
      if (hasLineTerminator(close, typeEnd)) {
        // Keep ')' and '=>' on one line: the ')' moves to the end of the type.
        blank(close, close + 1);
        blank(colon, typeEnd, MARK_PAREN);
      } else {
        blank(colon, typeEnd);
      }
      parseArrowBody(isAsync, allowReturnType);
      if (allowReturnType || tok === C_COLON) return K_ARROW;
      restore(s);
    }
  }
  if (isAsync) {
    // Node's parser takes `async(a,)` for arrow parameters missing their arrow.
    if (trailingComma >= 0) fail(MSG_SEMI, trailingComma, trailingComma + 1);
    if (paramOnly >= 0 && paramOnlyMessage !== MSG_SPREAD_IN_PARENS) {
      fail(`Expected '=>', got '${describe()}'`);
    }
    if (coverStart >= 0) fail('assignment property is invalid syntax', coverStart, coverEnd);
    return K_CALL;
  }
  if (paramOnly >= 0) {
    if (paramOnlyMessage === MSG_ARROW_NL) fail(MSG_ARROW_NL, open, prevEnd);
    if (paramOnlyMessage) fail(paramOnlyMessage, paramOnly, paramOnlyEnd);
    fail(`Expected '=>', got '${describe()}'`);
  }
  if (count === 0) fail('Parenthesized expression cannot be empty', open, prevEnd);
  if (coverStart >= 0) fail('assignment property is invalid syntax', coverStart, coverEnd);
  return K_PAREN;
}

function parseCoverItem() {
  const saved = coverDeferred;
  coverDeferred = true;
  const k = parseAssign(true);
  coverDeferred = saved;
  return k;
}

function isOptionalParameter() {
  const s = snapshot();
  next();
  next();
  const t = tok;
  restore(s);
  return t === C_COLON || t === C_COMMA || t === C_RPAREN || t === C_EQ;
}

function hasLineTerminator(start, end) {
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

// After '=>'.
function parseArrowBody(isAsync, allowReturnType) {
  next(); // =>
  const saved = enterFunction(isAsync, false);
  if (tok === C_LBRACE) {
    parseFunctionBody();
  } else {
    parseAssign(allowReturnType);
  }
  leaveFunction(saved);
}

function enterFunction(isAsync, isGenerator) {
  const saved = { inFunction, inAsync, inGenerator, labels, loopDepth, breakDepth, noIn };
  inFunction = true;
  inAsync = isAsync;
  inGenerator = isGenerator;
  labels = [];
  loopDepth = 0;
  breakDepth = 0;
  noIn = false;
  return saved;
}

function leaveFunction(saved) {
  inFunction = saved.inFunction;
  inAsync = saved.inAsync;
  inGenerator = saved.inGenerator;
  labels = saved.labels;
  loopDepth = saved.loopDepth;
  breakDepth = saved.breakDepth;
  noIn = saved.noIn;
}

function parseTemplate() {
  if (tok === T_TEMPLATE) {
    next();
    return;
  }
  const saved = noIn;
  noIn = false;
  for (;;) {
    next(); // head or middle
    parseExpression();
    rescanTemplateContinuation();
    if (tok === T_TEMPLATE) break;
  }
  noIn = saved;
  next();
}

function parseArrayLiteral() {
  next(); // [
  const saved = noIn;
  noIn = false;
  let cover = -1;
  let coverEnd = -1;
  while (tok !== C_RBRACKET) {
    if (tok === C_COMMA) {
      next();
      continue;
    }
    if (tok === T_ELLIPSIS) next();
    parseCoverItem();
    if (coverInitStart >= 0 && cover < 0) {
      cover = coverInitStart;
      coverEnd = coverInitEnd;
    }
    if (tok !== C_COMMA) {
      if (tok !== C_RBRACKET) unexpected(',');
      break;
    }
    next();
  }
  next();
  noIn = saved;
  coverInitStart = cover;
  coverInitEnd = coverEnd;
  return K_PATTERN;
}

function parseObjectLiteral() {
  next(); // {
  const saved = noIn;
  noIn = false;
  let cover = -1;
  let coverEnd = -1;
  while (tok !== C_RBRACE) {
    if (tok === T_ELLIPSIS) {
      next();
      parseCoverItem();
    } else {
      const c = parseObjectMember();
      if (c >= 0 && cover < 0) {
        cover = c;
        coverEnd = prevEnd;
      }
    }
    if (coverInitStart >= 0 && cover < 0) {
      cover = coverInitStart;
      coverEnd = coverInitEnd;
    }
    coverInitStart = -1;
    if (tok !== C_COMMA) {
      if (tok !== C_RBRACE) unexpected(',');
      break;
    }
    next();
  }
  next();
  noIn = saved;
  coverInitStart = cover;
  coverInitEnd = coverEnd;
  return K_PATTERN;
}

// A property of an object literal; returns the start of a `name = value` shorthand, else -1.
function parseObjectMember() {
  let isAsync = false;
  let isGenerator = false;
  let accessor = '';
  if (tok === T_NAME && !tokEscaped) {
    const v = tokValue;
    if (v === 'async' || v === 'get' || v === 'set') {
      const t = peek();
      if (t === T_NAME || t === T_STRING || t === T_NUM || t === T_BIGINT || t === C_LBRACKET ||
          t === T_PRIVATE || (v === 'async' && t === C_STAR)) {
        if (v === 'async') {
          if (!peekNl) {
            isAsync = true;
            next();
          }
        } else {
          accessor = v;
          next();
        }
      }
    }
  }
  if (tok === C_STAR) {
    isGenerator = true;
    next();
  }
  const keyStart = tokStart;
  const keyTok = tok;
  const keyIsName = tok === T_NAME;
  parsePropertyName();
  if (tok === C_LPAREN || tok === C_LT) {
    parseMethodRest(isAsync, isGenerator, accessor, METHOD_OBJECT, -1);
    return -1;
  }
  if (isAsync || isGenerator || accessor) unexpected('(');
  if (tok === C_COLON) {
    next();
    const saved = coverDeferred;
    coverDeferred = true;
    parseAssign(true);
    coverDeferred = saved;
    return -1;
  }
  // shorthand
  if (!keyIsName || keyTok !== T_NAME) {
    fail(`Unexpected token \`${describe()}\`. ${MSG_PROPERTY}`);
  }
  if (tok === C_EQ) {
    next();
    parseAssign(true);
    coverInitEnd = prevEnd;
    return keyStart;
  }
  if (tok !== C_COMMA && tok !== C_RBRACE) {
    fail(`Unexpected token \`${describe()}\`. ${MSG_PROPERTY}`);
  }
  return -1;
}

// A property name: identifier or keyword, string, number, [computed], #private.
function parsePropertyName() {
  switch (tok) {
    case T_NAME: case T_STRING: case T_NUM: case T_BIGINT: case T_PRIVATE:
      next();
      return;
    case C_LBRACKET:
      next();
      parseAssignAllowIn();
      expect(C_RBRACKET, ']');
      return;
  }
  fail(`Unexpected token \`${describe()}\`. ${MSG_KEY}`);
}

// ---------------------------------------------------------------------------------------------------
// Functions.

const PARAMS_FUNCTION = 0;
const PARAMS_CONSTRUCTOR = 1;
const PARAMS_TYPE = 2; // in a type: the caller blanks it all
const PARAMS_METHOD = 3;

// (params) with decorators, parameter modifiers, `this`, optional marks, annotations, defaults.
function parseParameters(mode) {
  if (tok !== C_LPAREN) unexpected('(');
  next();
  const saved = noIn;
  noIn = false;
  while (tok !== C_RPAREN) {
    const paramStart = tokStart;
    while (tok === C_AT) parseDecorator();
    let modifierStart = -1;
    while (tok === T_NAME && !tokEscaped && ERASED_MODIFIERS.has(tokValue)) {
      const t = peek();
      if (!(t === T_NAME || t === C_LBRACKET || t === C_LBRACE) || peekNl) break;
      if (modifierStart < 0) modifierStart = tokStart;
      next();
    }
    const bindingStart = tokStart;
    let isThis = false;
    let isPattern = false;
    if (tok === T_ELLIPSIS) {
      next();
      parseBindingTarget();
    } else if (is('this') && modifierStart < 0) {
      next();
      isThis = true;
    } else {
      isPattern = tok === C_LBRACKET || tok === C_LBRACE;
      parseBindingTarget();
    }
    if (tok === C_QUESTION) {
      blank(tokStart, tokEnd);
      next();
    }
    if (tok === C_COLON) typeAnnotation();
    if (tok === C_EQ) {
      next();
      parseAssign(true);
    }
    const paramEnd = prevEnd;
    if (modifierStart >= 0 && mode !== PARAMS_TYPE) {
      if (mode === PARAMS_CONSTRUCTOR) {
        if (isPattern) {
          fail('Typescript parameter property must be an identifier or assignment pattern', bindingStart, paramEnd);
        }
        // Refused if the constructor has a body, invalid if not: see parseMethodRest.
        if (paramProperty === null) paramProperty = { modifierStart, bindingStart, paramEnd };
      } else {
        fail('A parameter property is only allowed in a constructor implementation', modifierStart, paramEnd);
      }
    }
    if (tok === C_COMMA) {
      next();
      if (isThis) blank(paramStart, prevEnd);
    } else {
      if (isThis) blank(paramStart, paramEnd);
      if (tok !== C_RPAREN) unexpected(',');
      break;
    }
  }
  next();
  noIn = saved;
}

// The first parameter property of the constructor being parsed.
let paramProperty = null;

// A binding identifier or pattern (defaults inside patterns included).
function parseBindingTarget() {
  if (tok === C_LBRACKET) {
    next();
    while (tok !== C_RBRACKET) {
      if (tok === C_COMMA) {
        next();
        continue;
      }
      if (tok === T_ELLIPSIS) next();
      parseBindingTarget();
      if (tok === C_EQ) {
        next();
        parseAssignAllowIn();
      }
      if (tok !== C_COMMA) {
        if (tok !== C_RBRACKET) unexpected(',');
        break;
      }
      next();
    }
    next();
    return;
  }
  if (tok === C_LBRACE) {
    next();
    while (tok !== C_RBRACE) {
      if (tok === T_ELLIPSIS) {
        next();
        expectIdentifier();
      } else {
        const isName = tok === T_NAME;
        parsePropertyName();
        if (tok === C_COLON) {
          next();
          parseBindingTarget();
        } else if (!isName) {
          unexpected(':');
        }
        if (tok === C_EQ) {
          next();
          parseAssignAllowIn();
        }
      }
      if (tok !== C_COMMA) {
        if (tok !== C_RBRACE) unexpected(',');
        break;
      }
      next();
    }
    next();
    return;
  }
  expectIdentifier();
}

// `: ReturnType` if present.
function parseReturnType() {
  if (tok === C_COLON) {
    const start = tokStart;
    next();
    parseReturnTypeBody();
    blank(start, prevEnd);
  }
}

function parseFunctionBody() {
  next(); // {
  parseStatements(C_RBRACE, false);
  next();
}

// `function` in an expression.
function parseFunctionExpression(isAsync) {
  next(); // function
  let isGenerator = false;
  if (tok === C_STAR) {
    isGenerator = true;
    next();
  }
  if (tok === T_NAME) {
    const saved = { inAsync, inGenerator };
    inAsync = isAsync;
    inGenerator = isGenerator;
    expectIdentifier();
    inAsync = saved.inAsync;
    inGenerator = saved.inGenerator;
  }
  const saved = enterFunction(isAsync, isGenerator);
  if (tok === C_LT) {
    const s = tokStart;
    parseTypeParameters();
    blank(s, prevEnd);
  }
  parseParameters(PARAMS_FUNCTION);
  parseReturnType();
  if (tok !== C_LBRACE) unexpected('{');
  parseFunctionBody();
  leaveFunction(saved);
  return K_OTHER;
}

// A function declaration; returns false if it had no body (an overload or ambient signature).
function parseFunctionDeclaration(isAsync, nameOptional) {
  next(); // function
  let isGenerator = false;
  if (tok === C_STAR) {
    isGenerator = true;
    next();
  }
  if (tok === T_NAME && !(nameOptional && is('implements'))) {
    expectIdentifier();
  } else if (!nameOptional) {
    fail('Expected ident');
  }
  const saved = enterFunction(isAsync, isGenerator);
  if (tok === C_LT) {
    const s = tokStart;
    parseTypeParameters();
    blank(s, prevEnd);
  }
  parseParameters(PARAMS_FUNCTION);
  parseReturnType();
  let hasBody = true;
  if (tok === C_LBRACE) {
    parseFunctionBody();
  } else {
    // An overload or ambient signature ends like a statement.
    if (tok !== C_SEMI && tok !== C_RBRACE && tok !== T_EOF && !tokNl) unexpected('{');
    hasBody = false;
    semicolon(MSG_SEMI);
  }
  leaveFunction(saved);
  return hasBody;
}

const METHOD_OBJECT = 0;
const METHOD_CLASS = 1;

// After a method's name: <T>(params): R { body } (the body may be missing in a class: returns false).
function parseMethodRest(isAsync, isGenerator, accessor, where, ctorMode) {
  const saved = enterFunction(isAsync, isGenerator);
  if (tok === C_LT) {
    const s = tokStart;
    parseTypeParameters();
    blank(s, prevEnd);
  }
  if (accessor === 'get' && tok === C_LPAREN && peek() !== C_RPAREN) {
    const t = peek();
    if (t !== T_NAME || peekValue !== 'this') fail('A `get` accessor cannot have parameters', prevStart, prevEnd);
  }
  const savedProperty = paramProperty;
  paramProperty = null;
  parseParameters(ctorMode >= 0 ? ctorMode : PARAMS_METHOD);
  const property = paramProperty;
  paramProperty = savedProperty;
  if (ctorMode === PARAMS_CONSTRUCTOR && tok === C_COLON) {
    next();
    fail('Type annotation cannot appear on a constructor declaration');
  }
  parseReturnType();
  let hasBody = true;
  if (tok === C_LBRACE) {
    const savedClass = inClassBody;
    parseFunctionBody();
    inClassBody = savedClass;
  } else {
    if (where === METHOD_OBJECT) unexpected('{');
    hasBody = false;
  }
  if (property !== null) {
    if (!hasBody) {
      fail('A parameter property is only allowed in a constructor implementation', property.modifierStart,
        property.paramEnd);
    }
    refuse(MSG_PARAM_PROP, property.bindingStart, property.paramEnd);
  }
  leaveFunction(saved);
  return hasBody;
}

// ---------------------------------------------------------------------------------------------------
// Decorators (kept as they are).

function parseDecorators() {
  while (tok === C_AT) parseDecorator();
}

function parseDecorator() {
  next(); // @
  if (tok === C_LPAREN) {
    next();
    parseExpressionAllowIn();
    expect(C_RPAREN, ')');
  } else {
    if (tok !== T_NAME || (RESERVED.has(tokValue) && !tokEscaped)) fail('Expected ident');
    next();
    while (tok === C_DOT) {
      next();
      if (tok !== T_NAME && tok !== T_PRIVATE) fail('Expected ident');
      next();
    }
  }
  if (tok === C_LT) {
    const start = tokStart;
    if (attempt(tryTypeArgumentsInExpression)) blank(start, prevEnd);
  }
  if (tok === C_LPAREN) parseArguments();
}

// ---------------------------------------------------------------------------------------------------
// Classes.

// `class` at the current token (abstract/decorators/export already consumed).
function parseClass(isDeclaration, isAbstract = false, nameOptional = false) {
  next(); // class
  if (tok === T_NAME && !is('extends') && !is('implements')) {
    expectIdentifier();
  } else if (tok === T_NAME && is('implements') && isDeclaration && !nameOptional) {
    // `class implements {}` would be a class named implements
    expectIdentifier();
  } else if (isDeclaration && !nameOptional) {
    fail('Expected ident');
  }
  if (tok === C_LT) {
    const s = tokStart;
    parseTypeParameters();
    blank(s, prevEnd);
  }
  let hasExtends = false;
  if (is('extends')) {
    hasExtends = true;
    next();
    parseLeftHandSide();
    if (tok === C_LT) {
      const s = tokStart;
      parseTypeArguments2();
      blank(s, prevEnd);
    }
  }
  if (is('implements')) {
    const s = tokStart;
    suppress++;
    try {
      next();
      for (;;) {
        parseTypeReference();
        if (tok !== C_COMMA) break;
        next();
      }
    } finally {
      suppress--;
    }
    blank(s, prevEnd);
  }
  if (tok !== C_LBRACE) unexpected('{');
  parseClassBody(hasExtends, isAbstract);
  return K_OTHER;
}

function parseClassBody(hasExtends, isAbstract) {
  next(); // {
  const savedClass = inClassBody;
  const savedNoIn = noIn;
  inClassBody = true;
  noIn = false;
  const info = { hasExtends, isAbstract, constructors: 0 };
  while (tok !== C_RBRACE) {
    if (tok === T_EOF) fail('Unexpected eof');
    parseClassMember(info);
  }
  next();
  inClassBody = savedClass;
  noIn = savedNoIn;
}

// Whether the token after a modifier lets it be one (rather than the member's name).
function canFollowModifier(sameLine) {
  const t = peek();
  if (sameLine && peekNl) return false;
  return t === T_NAME || t === T_STRING || t === T_NUM || t === T_BIGINT || t === C_LBRACKET ||
    t === C_LBRACE || t === C_STAR || t === T_PRIVATE || t === T_ELLIPSIS;
}

function parseClassMember(info) {
  const memberStart = tokStart;
  if (tok === C_SEMI) {
    next();
    return;
  }
  parseDecorators();
  let isStatic = false;
  let isAbstract = false;
  let isDeclare = false;
  let isOverride = false;
  let isReadonly = false;
  let isAccessor = false;
  let accessibility = '';
  let firstErased = -1; // edit of an erased modifier at the very start of the member
  let keptBefore = false; // a kept modifier (static/accessor) precedes the key
  let removeAll = false;
  let abstractStart = -1;
  let overrideStart = -1;
  let staticStart = -1;
  for (;;) {
    if (tok !== T_NAME || tokEscaped) break;
    const v = tokValue;
    const m = tokStart;
    if (ERASED_MODIFIERS.has(v)) {
      if (isStatic && v !== 'readonly' && v !== 'override') break;
      if (!canFollowModifier(true)) break;
      next();
      const index = blank(m, prevEnd);
      if (m === memberStart && firstErased < 0) firstErased = index;
      if (v === 'override') {
        if (isReadonly) fail("'override' modifier must precede 'readonly' modifier.", m, prevEnd);
        isOverride = true;
        overrideStart = m;
      } else if (v === 'readonly') {
        isReadonly = true;
      } else {
        accessibility = v;
      }
    } else if (v === 'static') {
      if (!canFollowModifier(false)) break;
      next();
      isStatic = true;
      staticStart = m;
      keptBefore = true;
    } else if (v === 'declare' || v === 'abstract') {
      if (isStatic && v === 'declare') break;
      if (!canFollowModifier(v === 'declare')) break;
      next();
      if (v === 'declare') isDeclare = true;
      else {
        isAbstract = true;
        abstractStart = m;
      }
      removeAll = true;
    } else if (v === 'accessor') {
      if (!canFollowModifier(true)) break;
      next();
      isAccessor = true;
      keptBefore = true;
    } else {
      break;
    }
  }
  // `declare accessor x` stays (only its type goes).
  if (isDeclare && isAccessor && !isAbstract) removeAll = false;
  // static { ... }
  if (isStatic && tok === C_LBRACE && prevTok === T_NAME) {
    const saved = enterFunction(false, false);
    inFunction = false;
    next();
    parseStatements(C_RBRACE, false);
    next();
    leaveFunction(saved);
    return;
  }
  // index signature
  if (tok === C_LBRACKET && isIndexSignature()) {
    suppress++;
    try {
      parseIndexSignature();
    } finally {
      suppress--;
    }
    semicolon(MSG_SEMI);
    blank(memberStart, prevEnd);
    return;
  }
  let isAsync = false;
  let isGenerator = false;
  let accessor = '';
  if (tok === T_NAME && !tokEscaped && (tokValue === 'async' || tokValue === 'get' || tokValue === 'set')) {
    const v = tokValue;
    const t = peek();
    if (t === T_NAME || t === T_STRING || t === T_NUM || t === T_BIGINT || t === C_LBRACKET ||
        t === T_PRIVATE || (v === 'async' && t === C_STAR)) {
      if (v === 'async') {
        if (!peekNl) {
          isAsync = true;
          next();
        }
      } else {
        accessor = v;
        next();
      }
    }
  }
  if (tok === C_STAR) {
    isGenerator = true;
    next();
  }
  const keyStart = tokStart;
  const keyTok = tok;
  const keyValue = tok === T_NAME ? tokValue : tok === T_STRING ? src.slice(tokStart + 1, tokEnd - 1) : '';
  parsePropertyName();
  const keyEnd = prevEnd;
  if (keyTok === T_PRIVATE && accessibility) {
    fail('An accessibility modifier cannot be used with a private identifier.', memberStart, keyEnd);
  }
  // A leading erased modifier followed by something that would continue the previous member.
  if (firstErased >= 0 && !keptBefore &&
      (keyTok === C_LBRACKET || isGenerator ||
       (keyTok === T_NAME && (keyValue === 'in' || keyValue === 'instanceof')))) {
    markSemi(firstErased);
  }
  if (isOverride && !info.hasExtends && ambient === 0) fail(MSG_OVERRIDE, overrideStart, overrideStart + 8);
  const abstractError = isAbstract && !info.isAbstract && ambient === 0;
  if (tok === C_QUESTION) {
    blank(tokStart, tokEnd);
    next();
  } else if (tok === C_BANG && !tokNl) {
    blank(tokStart, tokEnd);
    next();
    if (tok === C_LPAREN) {
      fail(`Unexpected token \`(\`. ${MSG_KEY}`);
    }
  }
  if (tok === C_LPAREN || tok === C_LT) {
    const isConstructor = !isStatic && (keyTok === T_NAME || keyTok === T_STRING) && keyValue === 'constructor';
    if (isStatic && keyTok === T_NAME && keyValue === 'constructor') {
      fail("'static' modifier cannot appear on a constructor declaration", staticStart, staticStart + 6);
    }
    if (isConstructor) {
      if (isAsync) fail("Constructor can't be an async function", keyStart, keyEnd);
      if (accessor) fail("Class constructor can't be an accessor.", memberStart, memberStart + 3);
      if (tok === C_LT) {
        next();
        fail('Type parameters cannot appear on a constructor declaration');
      }
    }
    if (removeAll) suppress++;
    let hasBody;
    try {
      hasBody = parseMethodRest(isAsync, isGenerator, accessor, METHOD_CLASS,
        isConstructor ? PARAMS_CONSTRUCTOR : -1);
    } finally {
      if (removeAll) suppress--;
    }
    if (!hasBody) {
      semicolon(MSG_SEMI);
      if (abstractError) fail(MSG_ABSTRACT, memberStart, prevEnd);
      blank(memberStart, prevEnd);
    } else if (removeAll) {
      blank(memberStart, prevEnd);
    } else if (isConstructor) {
      if (++info.constructors > 1) fail('A class can only have one constructor', keyStart, prevEnd);
    }
    return;
  }
  if (accessor || isAsync || isGenerator) unexpected('(');
  // field
  if (removeAll) suppress++;
  try {
    if (tok === C_COLON) {
      const index = typeAnnotation();
      // A field named get, set or static must not run into the next member as a modifier.
      if (tok !== C_EQ && keyTok === T_NAME && (keyValue === 'get' || keyValue === 'set' || keyValue === 'static')) {
        markSemi(index);
      }
    }
    if (tok === C_EQ) {
      next();
      const saved = enterFunction(false, false);
      inFunction = true;
      parseAssign(true);
      leaveFunction(saved);
    }
  } finally {
    if (removeAll) suppress--;
  }
  if (tok === C_SEMI) {
    next();
  } else if (tok !== C_RBRACE && !tokNl) {
    if (prevEnd === keyEnd) {
      fail(`Unexpected token \`${describe()}\`. Expected * for generator, private key, identifier or async`);
    }
    fail(MSG_SEMI);
  }
  if (abstractError) fail(MSG_ABSTRACT, memberStart, prevEnd);
  if (removeAll) blank(memberStart, prevEnd);
}

// ---------------------------------------------------------------------------------------------------
// Statements.

// Statements until the `end` token (C_RBRACE or T_EOF). Returns whether all of them were
// declarations of types only (for namespaces).
function parseStatements(end, topLevel) {
  let typesOnly = true;
  while (tok !== end) {
    if (tok === T_EOF) {
      // An unclosed block: Node's parser carries on as if it were closed.
      defer("Expected '}', got '<eof>'");
      break;
    }
    if (!parseStatement(topLevel)) typesOnly = false;
  }
  return typesOnly;
}

// Returns true for a declaration of types only (interface, type alias, namespace without values).
function parseStatement(topLevel) {
  const start = tokStart;
  const tokBefore = prevTok; // the token before the statement, and where it starts (see removeStatement)
  const beforeStart = prevStart;
  switch (tok) {
    case C_LBRACE:
      parseBlock();
      return false;
    case C_SEMI:
      next();
      return false;
    case C_AT:
      // Decorators; Node's parser lets any statement follow them.
      parseDecorators();
      if (tok === T_EOF) fail(MSG_EXPR);
      return parseStatement(topLevel);
    case T_NAME:
      if (tokWord) return parseNameStatement(start, tokBefore, beforeStart, topLevel);
      break;
  }
  parseExpressionStatement();
  return false;
}

function parseExpressionStatement() {
  const start = tokStart;
  const k = parseExpression();
  if (k === K_IDENT && tok === C_COLON && prevStart === start) {
    // a label
    return parseLabeled(src.slice(start, prevEnd));
  }
  semicolon(MSG_SEMI_STMT);
  return false;
}

function parseLabeled(name) {
  for (const l of labels) {
    if (l.name === name) fail(`Label ${name} is already declared`, prevStart, prevEnd);
  }
  next(); // :
  const label = { name, loop: false };
  labels.push(label);
  if (is('for') || is('while') || is('do')) label.loop = true;
  if (is('function')) {
    parseFunctionDeclaration(false, false);
  } else {
    parseStatement(false);
  }
  labels.pop();
  return false;
}

function parseBlock() {
  next(); // {
  parseStatements(C_RBRACE, false);
  next();
}

// Words that may start a statement, for the switch of parseNameStatement (a switch over numbers is
// cheaper than one over strings for an interpreter).
const S_VAR = 1, S_CONST = 2, S_LET = 3, S_USING = 4, S_AWAIT = 5, S_FUNCTION = 6, S_ASYNC = 7,
  S_CLASS = 8, S_IF = 9, S_FOR = 10, S_WHILE = 11, S_DO = 12, S_RETURN = 13, S_THROW = 14, S_BREAK = 15,
  S_TRY = 16, S_SWITCH = 17, S_WITH = 18, S_DEBUGGER = 19, S_IMPORT = 20, S_EXPORT = 21, S_TYPE = 22,
  S_INTERFACE = 23, S_ENUM = 24, S_DECLARE = 25, S_ABSTRACT = 26, S_NAMESPACE = 27, S_MODULE = 28,
  S_GLOBAL = 29, S_CONTINUE = 30;
const STATEMENT_WORDS = new Map([
  ['var', S_VAR],
  ['const', S_CONST],
  ['let', S_LET],
  ['using', S_USING],
  ['await', S_AWAIT],
  ['function', S_FUNCTION],
  ['async', S_ASYNC],
  ['class', S_CLASS],
  ['if', S_IF],
  ['for', S_FOR],
  ['while', S_WHILE],
  ['do', S_DO],
  ['return', S_RETURN],
  ['throw', S_THROW],
  ['break', S_BREAK],
  ['try', S_TRY],
  ['switch', S_SWITCH],
  ['with', S_WITH],
  ['debugger', S_DEBUGGER],
  ['import', S_IMPORT],
  ['export', S_EXPORT],
  ['type', S_TYPE],
  ['interface', S_INTERFACE],
  ['enum', S_ENUM],
  ['declare', S_DECLARE],
  ['abstract', S_ABSTRACT],
  ['namespace', S_NAMESPACE],
  ['module', S_MODULE],
  ['global', S_GLOBAL],
  ['continue', S_CONTINUE],
]);

function parseNameStatement(start, tokBefore, beforeStart, topLevel) {
  const v = tokValue;
  switch (STATEMENT_WORDS.get(v)) {
    case S_VAR:
      next();
      parseVariableDeclarations('var');
      semicolon(MSG_SEMI);
      return false;
    case S_CONST: {
      const t = peekName();
      if (t === 'enum') {
        next();
        parseEnum(start);
        return false;
      }
      next();
      parseVariableDeclarations('const');
      semicolon(MSG_SEMI);
      return false;
    }
    case S_LET: {
      const t = peek();
      if ((t === T_NAME && !(peekValue === 'in' || peekValue === 'instanceof')) || t === C_LBRACKET ||
          t === C_LBRACE) {
        if (t === T_NAME && peekValue === 'let') {
          next();
          fail('Unexpected token `let`. Expected let is reserved in const, let, class declaration');
        }
        next();
        parseVariableDeclarations('let');
        semicolon(MSG_SEMI);
        return false;
      }
      break;
    }
    case S_USING: {
      const t = peek();
      if (t === T_NAME && !peekNl && peekValue !== 'in' && peekValue !== 'instanceof' && peekValue !== 'of') {
        next();
        parseVariableDeclarations('using');
        semicolon(MSG_SEMI);
        return false;
      }
      break;
    }
    case S_AWAIT:
      if (peekName() === 'using' && !peekNl) {
        const s = snapshot();
        next();
        const t = peek();
        if (t === T_NAME && !peekNl) {
          next();
          parseVariableDeclarations('using');
          semicolon(MSG_SEMI);
          return false;
        }
        restore(s);
      }
      break;
    case S_FUNCTION:
      if (!parseFunctionDeclaration(false, false)) {
        removeStatement(start, tokBefore, beforeStart);
      }
      return false;
    case S_ASYNC:
      if (peekName() === 'function' && !peekNl) {
        next();
        if (!parseFunctionDeclaration(true, false)) {
          removeStatement(start, tokBefore, beforeStart);
        }
        return false;
      }
      break;
    case S_CLASS:
      parseClass(true);
      return false;
    case S_IF:
      next();
      parseParenCondition();
      parseSubStatement();
      if (is('else')) {
        next();
        parseSubStatement();
      }
      return false;
    case S_FOR:
      parseFor();
      return false;
    case S_WHILE:
      next();
      parseParenCondition();
      loopDepth++;
      breakDepth++;
      parseSubStatement();
      loopDepth--;
      breakDepth--;
      return false;
    case S_DO:
      next();
      loopDepth++;
      breakDepth++;
      parseSubStatement();
      loopDepth--;
      breakDepth--;
      expectName('while');
      parseParenCondition();
      eat(C_SEMI);
      return false;
    case S_RETURN:
      next();
      if (tok !== C_SEMI && tok !== C_RBRACE && tok !== T_EOF && !tokNl) parseExpression();
      semicolon(MSG_SEMI_TOKEN);
      if (!inFunction) defer('Return statement is not allowed here', start, prevEnd);
      return false;
    case S_THROW:
      next();
      if (tokNl) fail('Line break is not allowed after throw');
      parseExpression();
      semicolon(MSG_SEMI_TOKEN);
      return false;
    case S_BREAK: case S_CONTINUE:
      parseBreakContinue(v, start);
      return false;
    case S_TRY:
      parseTry();
      return false;
    case S_SWITCH:
      parseSwitch();
      return false;
    case S_WITH:
      fail("The 'with' statement is not supported. All symbols in a 'with' block will have type 'any'.", start, tokEnd);
      break;
    case S_DEBUGGER:
      next();
      semicolon(MSG_SEMI);
      return false;
    case S_IMPORT: {
      const t = peek();
      if (t !== C_LPAREN && t !== C_DOT) {
        if (!topLevel) fail(MSG_MODULE_CODE);
        return parseImport(start, tokBefore, beforeStart);
      }
      break;
    }
    case S_EXPORT:
      if (!topLevel) fail(MSG_MODULE_CODE);
      return parseExport(start, tokBefore, beforeStart, topLevel);
    // TypeScript declarations
    case S_TYPE: {
      const t = peek();
      if (t === T_NAME && !peekNl) {
        parseTypeAlias();
        removedDeclaration = removeStatement(start, tokBefore, beforeStart);
        return true;
      }
      break;
    }
    case S_INTERFACE: {
      const t = peek();
      if (t === T_NAME && !peekNl) {
        parseInterface();
        removedDeclaration = removeStatement(start, tokBefore, beforeStart);
        return true;
      }
      break;
    }
    case S_ENUM: {
      const t = peek();
      if (t === T_NAME) {
        parseEnum(start);
        return false;
      }
      break;
    }
    case S_DECLARE: {
      const t = peekName();
      if (DECLARABLE.has(t)) {
        next();
        parseDeclare(start);
        removedDeclaration = removeStatement(start, tokBefore, beforeStart);
        return false;
      }
      break;
    }
    case S_ABSTRACT:
      if (peekName() === 'class' && !peekNl) {
        blank(tokStart, tokEnd);
        next();
        parseClass(true, true);
        return false;
      }
      break;
    case S_NAMESPACE: {
      const t = peek();
      if (t === T_NAME && !RESERVED.has(peekValue)) {
        const typesOnly = parseNamespace(start);
        if (typesOnly) removeStatement(start, tokBefore, beforeStart);
        return typesOnly;
      }
      break;
    }
    case S_MODULE: {
      const t = peek();
      if (t === T_EOF) {
        next();
        fail('Unexpected eof');
      }
      if (t === T_STRING) {
        next();
        next();
        parseModuleBlock();
        removeStatement(start, tokBefore, beforeStart);
        return false;
      }
      if (t === T_NAME && !peekNl && !RESERVED.has(peekValue)) {
        parseNamespace(start, true);
        return false;
      }
      break;
    }
    case S_GLOBAL:
      if (peek() === C_LBRACE) {
        next();
        parseModuleBlock();
        removeStatement(start, tokBefore, beforeStart);
        return false;
      }
      break;
  }
  parseExpressionStatement();
  return false;
}

const MSG_SEMI_TOKEN = "Expected ';', got";
const MSG_MODULE_CODE = "'import', and 'export' cannot be used outside of module code";
const DECLARABLE = new Set(['var', 'let', 'const', 'function', 'class', 'enum', 'module', 'namespace',
  'global', 'type', 'interface', 'abstract', 'using']);

function parseSubStatement() {
  if (is('function') || is('class') || ((is('let') || is('const')) && peek() !== C_LPAREN && peek() !== C_DOT)) {
    if (is('let') && (peek() !== T_NAME && peek() !== C_LBRACKET && peek() !== C_LBRACE)) {
      parseStatement(false);
      return;
    }
    fail('Declaration is not allowed');
  }
  const start = tokStart;
  removedDeclaration = -1;
  parseStatement(false);
  if (removedDeclaration >= 0 && edits[removedDeclaration] === start) markSemi(removedDeclaration);
  removedDeclaration = -1;
}

function parseParenCondition() {
  expect(C_LPAREN, '(');
  parseExpressionAllowIn();
  expect(C_RPAREN, ')');
}

function parseBreakContinue(v, start) {
  next();
  if (tok === T_NAME && !tokNl && !RESERVED.has(tokValue)) {
    const name = tokValue;
    const label = labels.findLast((l) => l.name === name);
    if (!label || (v === 'continue' && !label.loop)) {
      defer(v === 'break' ? "A 'break' statement can only jump to a label of an enclosing statement" :
        "A 'continue' statement can only jump to a label of an enclosing iteration statement", start, tokEnd);
    }
    next();
  } else if (v === 'break' ? breakDepth === 0 : loopDepth === 0) {
    defer(v === 'break' ? "A 'break' statement can only be used within an enclosing iteration or switch statement" :
      "A 'continue' statement can only jump to a label of an enclosing iteration statement", start, prevEnd);
  }
  semicolon(MSG_SEMI);
}

function parseTry() {
  next(); // try
  if (tok !== C_LBRACE) unexpected('{');
  parseBlock();
  let handled = false;
  if (is('catch')) {
    handled = true;
    next();
    if (tok === C_LPAREN) {
      next();
      parseBindingTarget();
      if (tok === C_COLON) typeAnnotation();
      expect(C_RPAREN, ')');
    }
    if (tok !== C_LBRACE) unexpected('{');
    parseBlock();
  }
  if (is('finally')) {
    handled = true;
    next();
    if (tok !== C_LBRACE) unexpected('{');
    parseBlock();
  }
  if (!handled) {
    if (tok === T_EOF) defer(MSG_SEMI);
    else fail(MSG_SEMI);
  }
}

function parseSwitch() {
  next(); // switch
  parseParenCondition();
  expect(C_LBRACE, '{');
  breakDepth++;
  while (tok !== C_RBRACE) {
    if (is('case')) {
      next();
      parseExpressionAllowIn();
    } else if (is('default')) {
      next();
    } else {
      unexpected('}');
    }
    expect(C_COLON, ':');
    while (tok !== C_RBRACE && !is('case') && !is('default')) {
      if (tok === T_EOF) unexpected('}');
      parseStatement(false);
    }
  }
  breakDepth--;
  next();
}

function parseFor() {
  next(); // for
  if (is('await')) next();
  expect(C_LPAREN, '(');
  const savedNoIn = noIn;
  noIn = true;
  let forInOfAllowed = true;
  if (tok === C_SEMI) {
    forInOfAllowed = false;
  } else if (is('var') || is('const') ||
             (is('let') && (peek() === T_NAME || peek() === C_LBRACKET || peek() === C_LBRACE)) ||
             (is('using') && peek() === T_NAME && peekValue !== 'of' && peekValue !== 'in')) {
    const kind = tokValue;
    next();
    parseVariableDeclarations(kind, true);
  } else if (is('await') && peekName() === 'using') {
    next();
    next();
    parseVariableDeclarations('using', true);
  } else {
    parseExpression();
  }
  noIn = savedNoIn;
  if (forInOfAllowed && (is('of') || is('in'))) {
    const isOf = is('of');
    next();
    if (isOf) parseAssignAllowIn();
    else parseExpressionAllowIn();
  } else {
    expect(C_SEMI, ';');
    if (tok !== C_SEMI) parseExpressionAllowIn();
    expect(C_SEMI, ';');
    if (tok !== C_RPAREN) parseExpressionAllowIn();
  }
  expect(C_RPAREN, ')');
  loopDepth++;
  breakDepth++;
  parseSubStatement();
  loopDepth--;
  breakDepth--;
}

// Declarators after var/let/const/using: name[!][: T][= init], ...
function parseVariableDeclarations(kind, inForHead = false) {
  for (;;) {
    const start = tokStart;
    const isPattern = tok === C_LBRACKET || tok === C_LBRACE;
    if (tok === T_NAME && (kind === 'let' || kind === 'const') && tokValue === 'let') {
      fail('Unexpected token `let`. Expected let is reserved in const, let, class declaration');
    }
    parseBindingTarget();
    const targetEnd = prevEnd;
    if (tok === C_BANG && !isPattern) {
      blank(tokStart, tokEnd);
      next();
    }
    if (tok === C_COLON) typeAnnotation();
    if (tok === C_EQ) {
      next();
      parseAssign(true);
    } else if (!inForHead && ambient === 0) {
      if (kind === 'const' && !is('of') && !is('in')) {
        defer("'const' declarations must be initialized", start, targetEnd);
      }
      if (isPattern) fail('Destructuring bindings require initializers', start, targetEnd);
    }
    if (tok !== C_COMMA) break;
    next();
  }
}

// ---------------------------------------------------------------------------------------------------
// TypeScript declarations.

function parseTypeAlias() {
  suppress++;
  try {
    next(); // type
    next(); // name
    if (tok === C_LT) parseTypeParameters();
    expect(C_EQ, '=');
    parseTypeInner(false);
    semicolon(MSG_SEMI);
  } finally {
    suppress--;
  }
}

function parseInterface() {
  suppress++;
  try {
    next(); // interface
    next(); // name
    if (tok === C_LT) parseTypeParameters();
    if (is('extends')) {
      next();
      for (;;) {
        parseTypeReference();
        if (tok !== C_COMMA) break;
        next();
      }
    }
    if (tok !== C_LBRACE) unexpected('{');
    parseObjectType();
  } finally {
    suppress--;
  }
}

// `enum` (or `const enum`) at the current token; not supported unless ambient.
function parseEnum(start) {
  suppress++;
  try {
    next(); // enum
    expectIdentifier();
    expect(C_LBRACE, '{');
    while (tok !== C_RBRACE) {
      if (tok === T_NAME || tok === T_STRING) {
        next();
      } else if (tok === C_LBRACKET) {
        parsePropertyName();
      } else {
        fail('Expected ident');
      }
      if (tok === C_EQ) {
        next();
        parseAssignAllowIn();
      }
      if (tok !== C_COMMA) break;
      next();
    }
    expect(C_RBRACE, '}');
  } finally {
    suppress--;
  }
  refuse(MSG_ENUM, start, prevEnd);
}

// `namespace A.B { ... }` at the current token; returns true if it holds types only (then the caller
// removes it), else refuses it. `spanStart`: where the refusal's span starts.
function parseNamespace(spanStart, isModuleKeyword = false) {
  next(); // namespace
  expectIdentifier();
  if (isModuleKeyword) refuse(MSG_MODULE_KEYWORD, spanStart, prevEnd);
  while (tok === C_DOT) {
    next();
    expectIdentifier();
  }
  if (tok !== C_LBRACE) unexpected('{');
  next();
  const savedFn = enterFunction(false, false);
  inFunction = false;
  suppress++;
  let typesOnly;
  try {
    typesOnly = parseStatements(C_RBRACE, true);
  } finally {
    suppress--;
  }
  leaveFunction(savedFn);
  next();
  if (!typesOnly && !isModuleKeyword) refuse(MSG_NAMESPACE, spanStart, prevEnd);
  return typesOnly;
}

// The `{ ... }` of `declare module 'x'`, `declare global` (or `;` for a shorthand ambient module).
function parseModuleBlock() {
  if (tok !== C_LBRACE) {
    semicolon(MSG_SEMI);
    return;
  }
  next();
  const savedFn = enterFunction(false, false);
  inFunction = false;
  ambient++;
  suppress++;
  try {
    parseStatements(C_RBRACE, true);
  } finally {
    suppress--;
    ambient--;
  }
  leaveFunction(savedFn);
  next();
}

// After `declare`: an ambient declaration (the caller removes it).
function parseDeclare(start) {
  if (tok !== T_NAME) unexpected('{');
  ambient++;
  suppress++;
  try {
    const v = tokValue;
    switch (v) {
      case 'var': case 'let': case 'const': case 'using':
        if (v === 'const' && peekName() === 'enum') {
          next();
          parseEnum(start);
          break;
        }
        next();
        parseVariableDeclarations(v);
        semicolon(MSG_SEMI);
        break;
      case 'function':
        parseFunctionDeclaration(false, false);
        break;
      case 'async':
        next();
        parseFunctionDeclaration(true, false);
        break;
      case 'class':
        parseClass(true);
        break;
      case 'abstract':
        next();
        parseClass(true, true);
        break;
      case 'enum':
        parseEnum(start);
        break;
      case 'type':
        parseTypeAlias();
        break;
      case 'interface':
        parseInterface();
        break;
      case 'namespace':
        parseNamespace(start);
        break;
      case 'module': {
        const moduleStart = tokStart;
        next();
        if (tok === T_STRING) {
          next();
          parseModuleBlock();
        } else {
          expectIdentifier();
          ambient--;
          refuse(MSG_MODULE_KEYWORD, moduleStart, prevEnd);
          ambient++;
          while (tok === C_DOT) {
            next();
            expectIdentifier();
          }
          parseModuleBlock();
        }
        break;
      }
      case 'global':
        next();
        parseModuleBlock();
        break;
    }
  } finally {
    suppress--;
    ambient--;
  }
}

// ---------------------------------------------------------------------------------------------------
// Modules.

function parseImport(start, tokBefore, beforeStart) {
  next(); // import
  if (tok === T_STRING) { // import 'x'
    next();
    parseImportAttributes();
    semicolon(MSG_SEMI);
    return false;
  }
  let typeOnly = false;
  if (is('type')) {
    const t = peek();
    if (t === C_LBRACE || t === C_STAR || (t === T_NAME && peekValue !== 'from') ||
        (t === T_NAME && peekValue === 'from' && isTypeFromFrom())) {
      typeOnly = true;
      next();
    }
  }
  if (tok === T_NAME && !is('from') || (tok === T_NAME && is('from') && peek() !== T_STRING)) {
    // default import, or `import x = ...`
    const isEquals = peek() === C_EQ;
    expectIdentifier();
    if (isEquals) {
      next(); // =
      parseModuleReference();
      semicolon(MSG_SEMI);
      if (typeOnly) {
        removeStatement(start, tokBefore, beforeStart);
      } else {
        refuse(MSG_IMPORT_EQUALS, start, prevEnd);
      }
      return false;
    }
    if (tok === C_COMMA) {
      next();
      if (tok === C_STAR) parseNamespaceImport();
      else if (tok === C_LBRACE) parseNamedBindings(true, typeOnly);
      else fail('Expected ident');
    } else if (!is('from')) {
      unexpected(',');
    }
  } else if (tok === C_STAR) {
    parseNamespaceImport();
  } else if (tok === C_LBRACE) {
    parseNamedBindings(true, typeOnly);
  } else {
    fail('Expected ident');
  }
  expectName('from');
  if (tok !== T_STRING) fail('Expected string literal');
  next();
  parseImportAttributes();
  semicolon(MSG_SEMI);
  if (typeOnly) removeStatement(start, tokBefore, beforeStart);
  return false;
}

// `import type from from 'x'`
function isTypeFromFrom() {
  const s = snapshot();
  next();
  next();
  const r = is('from');
  restore(s);
  return r;
}

function parseNamespaceImport() {
  next(); // *
  expectName('as');
  expectIdentifier();
}

// `require('x')` or an entity name, after `import x =`.
function parseModuleReference() {
  if (is('require') && peek() === C_LPAREN) {
    next();
    next();
    if (tok !== T_STRING) fail('Expected string literal');
    next();
    expect(C_RPAREN, ')');
    return;
  }
  expectIdentifier();
  while (tok === C_DOT) {
    next();
    if (tok !== T_NAME) fail('Expected ident');
    next();
  }
}

function parseImportAttributes() {
  if ((is('with') || (is('assert') && !tokNl))) {
    next();
    expect(C_LBRACE, '{');
    while (tok !== C_RBRACE) {
      if (tok !== T_NAME && tok !== T_STRING) fail('Expected ident');
      next();
      expect(C_COLON, ':');
      if (tok !== T_STRING) fail('Expected string literal');
      next();
      if (tok !== C_COMMA) break;
      next();
    }
    expect(C_RBRACE, '}');
  }
}

// { a, b as c, type d, ... } of an import (isImport) or export; blanks the type-only specifiers.
function parseNamedBindings(isImport, allTypes) {
  next(); // {
  while (tok !== C_RBRACE) {
    const specStart = tokStart;
    let typeOnly = false;
    if (is('type')) {
      // `type` is a modifier when another name follows it (see the `as` cases).
      const t = peek();
      if (t === T_NAME || t === T_STRING) {
        if (peekValue === 'as' && t === T_NAME) {
          const s = snapshot();
          next(); // type
          next(); // as
          if (tok === C_COMMA || tok === C_RBRACE) {
            typeOnly = true; // { type as }: the name `as`, type-only
            restore(s);
          } else if (is('as')) {
            next();
            typeOnly = tok === T_NAME || tok === T_STRING; // { type as as x }
            restore(s);
          } else {
            restore(s); // { type as x }: `type` renamed to x
          }
        } else {
          typeOnly = true;
        }
      }
    }
    if (typeOnly) next();
    if (tok !== T_NAME && tok !== T_STRING) fail('Expected ident');
    const nameIsString = tok === T_STRING;
    next();
    if (is('as')) {
      next();
      if (tok !== T_NAME && tok !== T_STRING) fail(`Unexpected token \`${describe()}\`. Expected identifier or string`);
      next();
    } else if (isImport && nameIsString) {
      unexpected('as');
    }
    const specEnd = prevEnd;
    if (tok === C_COMMA) {
      next();
      if (typeOnly && !allTypes) blank(specStart, prevEnd);
    } else {
      if (typeOnly && !allTypes) blank(specStart, specEnd);
      if (tok !== C_RBRACE) unexpected(',');
      break;
    }
  }
  next();
}

function parseExport(start, tokBefore, beforeStart, topLevel) {
  next(); // export
  if (tok === C_EQ) {
    next();
    parseAssignAllowIn();
    semicolon(MSG_SEMI);
    refuse(MSG_EXPORT_ASSIGN, start, prevEnd);
    return false;
  }
  if (tok === C_AT) parseDecorators();
  if (tok === C_STAR) {
    next();
    if (is('as')) {
      next();
      if (tok !== T_NAME && tok !== T_STRING) fail('Expected ident');
      next();
    }
    expectName('from');
    if (tok !== T_STRING) fail('Expected string literal');
    next();
    parseImportAttributes();
    semicolon(MSG_SEMI);
    return false;
  }
  if (tok === C_LBRACE) {
    parseNamedBindings(false, false);
    if (is('from')) {
      next();
      if (tok !== T_STRING) fail('Expected string literal');
      next();
      parseImportAttributes();
    }
    semicolon(MSG_SEMI);
    return false;
  }
  if (tok !== T_NAME) fail('Expected ident');
  const v = tokValue;
  switch (v) {
    case 'type': {
      const t = peek();
      if (t === C_LBRACE) {
        next();
        suppress++;
        try {
          parseNamedBindings(false, true);
          if (is('from')) {
            next();
            if (tok !== T_STRING) fail('Expected string literal');
            next();
            parseImportAttributes();
          }
          semicolon(MSG_SEMI);
        } finally {
          suppress--;
        }
        removeStatement(start, tokBefore, beforeStart);
        return false;
      }
      if (t === C_STAR) {
        next();
        next();
        if (is('as')) {
          next();
          next();
        }
        expectName('from');
        if (tok !== T_STRING) fail('Expected string literal');
        next();
        parseImportAttributes();
        semicolon(MSG_SEMI);
        removeStatement(start, tokBefore, beforeStart);
        return false;
      }
      if (t === T_NAME) {
        lenientComments++;
        parseTypeAlias();
        lenientComments--;
        removeStatement(start, tokBefore, beforeStart);
        return true;
      }
      fail('Expected ident');
      break;
    }
    case 'interface':
      lenientComments++;
      parseInterface();
      lenientComments--;
      removeStatement(start, tokBefore, beforeStart);
      return true;
    case 'declare':
      next();
      parseDeclare(start);
      removeStatement(start, tokBefore, beforeStart);
      return false;
    case 'namespace': {
      lenientComments++;
      const typesOnly = parseNamespace(tokStart);
      lenientComments--;
      if (typesOnly) removeStatement(start, tokBefore, beforeStart);
      return typesOnly;
    }
    case 'module': {
      const moduleStart = tokStart;
      if (peek() === T_STRING) {
        next();
        next();
        parseModuleBlock();
        removeStatement(start, tokBefore, beforeStart);
        return false;
      }
      parseNamespace(moduleStart, true);
      return false;
    }
    case 'enum':
      lenientComments++;
      parseEnum(tokStart);
      lenientComments--;
      return false;
    case 'import': {
      // export import x = y
      next();
      expectIdentifier();
      expect(C_EQ, '=');
      parseModuleReference();
      semicolon(MSG_SEMI);
      refuse(MSG_IMPORT_EQUALS, start, prevEnd);
      return false;
    }
    case 'as':
      // export as namespace X;  (kept as it is)
      next();
      expectName('namespace');
      expectIdentifier();
      semicolon(MSG_SEMI);
      return false;
    case 'abstract':
      blank(tokStart, tokEnd);
      next();
      if (!is('class')) fail('Expected class');
      lenientComments++;
      parseClass(true, true);
      lenientComments--;
      return false;
    case 'default':
      return parseExportDefault(start, tokBefore, beforeStart);
    case 'const':
      if (peekName() === 'enum') {
        parseEnumAt();
        return false;
      }
      break;
  }
  // export var/let/const/function/class/async function/using
  switch (v) {
    case 'var': case 'let': case 'const': case 'using':
      next();
      parseVariableDeclarations(v);
      semicolon(MSG_SEMI);
      return false;
    case 'function':
      if (!parseFunctionDeclaration(false, false)) removeStatement(start, tokBefore, beforeStart);
      return false;
    case 'async':
      next();
      if (!is('function')) fail('Expected function');
      if (!parseFunctionDeclaration(true, false)) removeStatement(start, tokBefore, beforeStart);
      return false;
    case 'class':
      parseClass(true);
      return false;
  }
  fail('Expected ident');
  return false;
}

function parseEnumAt() {
  const s = tokStart;
  next(); // const
  parseEnum(s);
}

function parseExportDefault(start, tokBefore, beforeStart) {
  next(); // default
  if (is('interface')) {
    if (peek() !== T_NAME) {
      next();
      fail('Expected ident');
    }
    parseInterface();
    removeStatement(start, tokBefore, beforeStart);
    return false;
  }
  if (is('abstract') && peekName() === 'class' && !peekNl) {
    blank(tokStart, tokEnd);
    next();
    parseClass(true, true, true);
    return false;
  }
  if (is('class')) {
    parseClass(true, false, true);
    return false;
  }
  if (tok === C_AT) {
    parseDecorators();
    if (is('abstract')) {
      blank(tokStart, tokEnd);
      next();
      parseClass(true, true, true);
      return false;
    }
    parseClass(true, false, true);
    return false;
  }
  if (is('function')) {
    if (!parseFunctionDeclaration(false, true)) removeStatement(start, tokBefore, beforeStart);
    return false;
  }
  if (is('async') && peekName() === 'function' && !peekNl) {
    next();
    if (!parseFunctionDeclaration(true, true)) removeStatement(start, tokBefore, beforeStart);
    return false;
  }
  if (is('enum') && peek() === T_NAME) {
    parseEnum(tokStart);
    return false;
  }
  parseAssignAllowIn();
  semicolon(MSG_SEMI_TOKEN);
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Entry point.

function reset(source) {
  src = source;
  len = source.length;
  pos = 0;
  tok = T_NONE; // so that the first token's previous one is "none"
  tokStart = 0;
  tokEnd = 0;
  tokValue = '';
  tokNl = false;
  tokEscaped = false;
  tokWord = false;
  prevTok = T_NONE;
  prevStart = 0;
  prevEnd = 0;
  edits = [];
  suppress = 0;
  unsupported = null;
  speculating = 0;
  inFunction = false;
  inAsync = false;
  inGenerator = false;
  inClassBody = false;
  ambient = 0;
  noIn = false;
  labels = [];
  loopDepth = 0;
  breakDepth = 0;
  assignStart = -1;
  assignAllowReturnType = true;
  coverInitStart = -1;
  coverInitEnd = -1;
  coverDeferred = false;
  paramProperty = null;
  nextCr = -1;
  nextLs = -1;
  nextPs = -1;
  deferred = null;
  removedDeclaration = -1;
  lenientComments = 0;
  typeNoConditional = false;
}

// Lone surrogates become U+FFFD, as Node's stripper works on UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function stripTypes(source) {
  if (typeof source !== 'string') throw new TypeError('source must be a string');
  if (/[\ud800-\udfff]/.test(source)) source = source.replace(LONE_SURROGATE, '\ufffd');
  // A byte order mark is dropped.
  const base = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  reset(source);
  textStart = base;
  try {
    pos = base;
    next();
    parseStatements(T_EOF, true);
    // A syntax error Node's parser recovered from comes first, then what strip-only mode refuses.
    if (deferred !== null) {
      throw new TypeScriptStripError('invalid', deferred.message, deferred.start, deferred.end);
    }
    if (unsupported !== null) {
      throw new TypeScriptStripError('unsupported', unsupported.message, unsupported.start, unsupported.end);
    }
    if (edits.length === 0) return base === 0 ? source : source.slice(base);
    return build(base);
  } catch (e) {
    if (e instanceof TypeScriptStripError) throw e;
    if (e === SPECULATION_FAILED) throw new TypeScriptStripError('invalid', MSG_EXPR, tokStart, tokEnd);
    // Nesting deeper than the stack allows (Node's own parser gives up earlier), or a bug here: still
    // the one kind of error the caller expects.
    const message = e instanceof RangeError ? 'The source is nested too deeply to strip its types' :
      `Internal error of the TypeScript stripper: ${e && e.message}`;
    throw new TypeScriptStripError('invalid', message, tokStart, tokEnd);
  } finally {
    src = '';
    edits = [];
    labels = [];
  }
}

module.exports = { stripTypes, TypeScriptStripError };
