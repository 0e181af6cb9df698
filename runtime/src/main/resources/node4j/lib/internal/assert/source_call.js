'use strict';
// assert.ok(falsy) quotes the call that failed, read back from the caller's source file:
// "The expression evaluated to a falsy value:\n\n  assert.ok(x === 2)\n". The call is found by
// scanning the text around the frame's position (callee chain back, balanced arguments forward).

const kFalsyHeader = 'The expression evaluated to a falsy value:\n\n  ';
// Columns on the first line of a CommonJS module count the module wrapper's head too.
const kWrapperHeadLength = 61;

const messageCache = new Map();

function callerFrame(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = 1;
  Error.prepareStackTrace = (error, frames) => frames;
  try {
    Error.captureStackTrace(holder, fn);
    return holder.stack?.[0];
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

const isIdentifierChar = (c) => c !== undefined && /[\p{ID_Continue}$\u200c\u200d]/u.test(c);

// The index just past a string, template or comment that starts at `i`, or -1 when none does.
function skipQuoted(code, i) {
  const c = code[i];
  if (c === '"' || c === "'") {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === c) return j + 1;
      else if (code[j] === '\n') return -1;
    }
    return -1;
  }
  if (c === '`') {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === '`') return j + 1;
      else if (code[j] === '$' && code[j + 1] === '{') {
        const end = matchClose(code, j + 1);
        if (end === -1) return -1;
        j = end - 1;
      }
    }
    return -1;
  }
  if (c === '/' && code[i + 1] === '/') {
    const end = code.indexOf('\n', i);
    return end === -1 ? code.length : end;
  }
  if (c === '/' && code[i + 1] === '*') {
    const end = code.indexOf('*/', i + 2);
    return end === -1 ? -1 : end + 2;
  }
  return i;
}

// A regular expression literal may start where an operand is expected.
function regexpAllowedAfter(code, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(code[j])) j--;
  return j < 0 || '(,=:[!&|?{};+-*%<>~^'.includes(code[j]);
}

function skipRegExp(code, i) {
  let inClass = false;
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      j++;
      while (isIdentifierChar(code[j])) j++;
      return j;
    } else if (c === '\n') return -1;
  }
  return -1;
}

// `code[open]` is an opening bracket: returns the index just past its partner, or -1.
function matchClose(code, open) {
  const stack = [];
  for (let i = open; i < code.length;) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') {
      stack.push(c);
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      if ((top === '(' && c !== ')') || (top === '[' && c !== ']') || (top === '{' && c !== '}')) return -1;
      i++;
      if (stack.length === 0) return i;
    } else if (c === '/' && code[i + 1] !== '/' && code[i + 1] !== '*' && regexpAllowedAfter(code, i)) {
      i = skipRegExp(code, i);
      if (i === -1) return -1;
    } else {
      const next = skipQuoted(code, i);
      if (next === -1) return -1;
      i = next === i ? i + 1 : next;
    }
  }
  return -1;
}

// The call expression whose callee is at `offset` in `code`: [start, text], or undefined.
function findCall(code, offset) {
  if (!isIdentifierChar(code[offset])) return undefined;
  let start = offset;
  // Back over the callee's chain: `a.b.`, `a?.`, `x[0].`, `f().`.
  for (;;) {
    while (start > 0 && isIdentifierChar(code[start - 1])) start--;
    let j = start - 1;
    if (code[j] !== '.') break;
    j--;
    if (code[j] === '?') j--;
    if (code[j] === ')' || code[j] === ']') {
      const open = code[j] === ')' ? '(' : '[';
      let depth = 0;
      for (; j >= 0; j--) {
        if (code[j] === ')' || code[j] === ']') depth++;
        else if (code[j] === '(' || code[j] === '[') depth--;
        if (depth === 0) break;
      }
      if (j < 0 || code[j] !== open) break;
      start = j;
      continue;
    }
    if (!isIdentifierChar(code[j])) break;
    start = j + 1;
    while (start > 0 && isIdentifierChar(code[start - 1])) start--;
  }
  // Forward to the argument list: the rest of the callee chain, then `(`.
  let i = offset;
  for (;;) {
    while (isIdentifierChar(code[i])) i++;
    while (/\s/.test(code[i] ?? '')) i++;
    if (code[i] === '(') break;
    if (code[i] === '?' && code[i + 1] === '.') i += 2;
    else if (code[i] === '.') i++;
    else return undefined;
    while (/\s/.test(code[i] ?? '')) i++;
    if (code[i] === '(') break;
  }
  const end = matchClose(code, i);
  if (end === -1) return undefined;
  return [start, code.slice(start, end)];
}

function escapeControl(text) {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => {
    if (c === '\b') return '\\b';
    if (c === '\f') return '\\f';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// The "falsy value" message for the assertion `fn` called just now, or undefined when its source
// cannot be read (eval'd code, built-in modules).
function falsyValueMessage(fn) {
  const frame = callerFrame(fn);
  if (frame === undefined) return undefined;
  let filename = frame.getFileName();
  if (!filename) return undefined;
  const line = frame.getLineNumber() - 1;
  const column = frame.getColumnNumber() - 1;
  const key = `${filename}${line}${column}`;
  if (messageCache.has(key)) return messageCache.get(key);
  let message;
  if (!filename.startsWith('node:')) {
    if (filename.startsWith('file:')) filename = decodeURIComponent(new URL(filename).pathname);
    const source = internalBinding('modules').readFile(filename);
    if (typeof source === 'string') message = messageFromSource(source, line, column);
  }
  messageCache.set(key, message);
  return message;
}

function messageFromSource(source, line, column) {
  let at = 0;
  for (let i = 0; i < line && at !== -1; i++) {
    at = source.indexOf('\n', at);
    if (at !== -1) at++;
  }
  if (at === -1) return undefined;
  const code = source.slice(at);
  const candidates = line === 0 ? [column, column - kWrapperHeadLength] : [column];
  for (const offset of candidates) {
    const found = offset >= 0 ? findCall(code, offset) : undefined;
    if (found === undefined) continue;
    // Node quotes the line the call starts on, not the lines that follow.
    const message = escapeControl(found[1].split('\n')[0]);
    return `${kFalsyHeader}${message}\n`;
  }
  return undefined;
}

module.exports = { falsyValueMessage };
