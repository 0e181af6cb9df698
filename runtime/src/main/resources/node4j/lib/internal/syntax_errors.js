'use strict';
// SyntaxErrors from compiling user code, as V8 words them for Node. The engine's parser writes
// "<file>:<line>:<column> <its own wording>" followed by the source line and a caret (and more
// errors after it); Node shows only V8's message ("Unexpected token ';'") and points at the place in
// the report's header. This reads the engine's first error, classifies the token at its position in
// the user's text, and gives V8's message and that position.

const KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new',
  'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'enum',
]);
// Longest first, so that a prefix does not win.
const PUNCTUATORS = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>',
                     '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
                     '%=', '&=', '|=', '^=', '<<', '>>', '**'];
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/u;

// What V8 says when it met the token that starts at `rest` (the text from the error's position).
function unexpected(rest, expectedOperand) {
  if (rest === undefined || rest.trim() === '') return 'Unexpected end of input';
  rest = rest.trimStart();
  const ch = rest[0];
  if (ch === '"' || ch === "'") return 'Unexpected string';
  if (ch === '`') return 'Unexpected template string';
  if (/^\.?\d/.test(rest)) return 'Unexpected number';
  if (ch === '#') {
    const name = IDENTIFIER.exec(rest.slice(1));
    if (name) return `Private field '#${name[0]}' must be declared in an enclosing class`;
  }
  const word = IDENTIFIER.exec(rest);
  if (word) {
    if (word[0] === 'super') return "'super' keyword unexpected here";
    if (word[0] === 'enum') return 'Unexpected reserved word';
    return KEYWORDS.has(word[0]) ? `Unexpected token '${word[0]}'` : `Unexpected identifier '${word[0]}'`;
  }
  if (ch === '/' && expectedOperand) return 'Invalid regular expression: missing /';
  const punctuator = PUNCTUATORS.find((p) => rest.startsWith(p));
  if (punctuator) return `Unexpected token '${punctuator}'`;
  if (/^[{}()[\];,<>+\-*%&|^!~?:=.\/]/.test(rest)) return `Unexpected token '${ch}'`;
  return 'Invalid or unexpected token';
}

// The engine's message → V8's, given the text at the error's position (undefined past the end).
function translate(text, rest, beyond) {
  let m;
  if ((m = /^Expected (an operand|.+?) but found (.*)$/s.exec(text))) {
    if (m[2] === 'error') return 'Invalid or unexpected token';
    return unexpected(rest, m[1] === 'an operand');
  }
  if (/^Missing assignment to constant/.test(text)) return 'Missing initializer in const declaration';
  if (/^Missing assignment in destructuring declaration/.test(text)) {
    return 'Missing initializer in destructuring declaration';
  }
  if (/^Missing space after numeric literal/.test(text)) return 'Invalid or unexpected token';
  if (/^Invalid return statement/.test(text)) return 'Illegal return statement';
  if (/^Missing close quote/.test(text)) return beyond ? 'Unexpected end of input' : 'Invalid or unexpected token';
  if ((m = /^Variable "(.*)" has already been declared/.exec(text))) return `Identifier '${m[1]}' has already been declared`;
  if ((m = /^Undefined Label "(.*)"/.exec(text))) return `Undefined label '${m[1]}'`;
  if (/^"with" statement cannot be used in strict mode/.test(text)) {
    return 'Strict mode code may not include a with statement';
  }
  if (/^"(eval|arguments)" cannot be used as .* in strict mode/.test(text)) {
    return 'Unexpected eval or arguments in strict mode';
  }
  if (/^Private field must be declared in an enclosing class/.test(text)) return unexpected(rest, false);
  return text;
}

// Where V8 points for `message` on `text` (the engine points just after a declaration for a missing
// initializer, and at the letter after a number for a missing space).
function pointAt(message, engineText, text, column) {
  const before = text.slice(0, column).trimEnd();
  if (/^Missing close quote/.test(engineText)) {
    const quote = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
    if (quote !== -1) return { column: quote, length: text.length - quote };
  }
  if (/^Private field .* must be declared/.test(message) && text[column - 1] === '.') {
    return { column: column - 1, length: 1 };
  }
  if (message === 'Missing initializer in const declaration') {
    const name = /[\p{ID_Start}$_][\p{ID_Continue}$]*$/u.exec(before);
    if (name) return { column: name.index };
  } else if (message === 'Missing initializer in destructuring declaration') {
    const close = before[before.length - 1];
    const open = close === ']' ? '[' : close === '}' ? '{' : null;
    if (open !== null) {
      let depth = 0;
      for (let i = before.length - 1; i >= 0; i--) {
        if (before[i] === close) depth++;
        else if (before[i] === open && --depth === 0) return { column: i, length: before.length - i };
      }
    }
  } else if (message === 'Invalid or unexpected token' && /\d[\w.]*$/.test(text.slice(0, column))) {
    return { column: /\d[\w.]*$/.exec(text.slice(0, column)).index };
  } else if (/^let is disallowed/.test(message)) {
    const m = /\b(?:let|const)\s+(?:\[|\{)?[^=;]*?\blet\b/.exec(text);
    if (m) return { column: m.index + m[0].length - 3 };
  }
  return { column };
}

// How many characters V8 underlines for the token that starts `rest`.
function tokenLength(rest) {
  const ch = rest[0];
  if (ch === undefined) return 1;
  if (ch === '"' || ch === "'" || ch === '`') {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === '\\') i++;
      else if (rest[i] === ch) return i + 1;
      else if (rest[i] === '\n') return i;
    }
    return rest.length;
  }
  const word = /^#?[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/u.exec(rest) ?? /^\.?\d[\w.]*/.exec(rest);
  if (word) return word[0].length;
  const punctuator = PUNCTUATORS.find((p) => rest.startsWith(p));
  return punctuator ? punctuator.length : 1;
}

// The first '}' that closes more than was opened (strings and comments skipped), as { line, column }.
function strayBrace(source) {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < source.length && source[i] !== ch; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '\n') { line++; lineStart = i + 1; }
      }
    } else if (ch === '/' && source[i + 1] === '/') {
      while (i + 1 < source.length && source[i + 1] !== '\n') i++;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      for (let j = i; j < (end === -1 ? source.length : end); j++) {
        if (source[j] === '\n') { line++; lineStart = j + 1; }
      }
      i = end === -1 ? source.length : end + 1;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}' && --depth < 0) {
      return { line, column: i - lineStart };
    }
  }
  return null;
}

// err: a SyntaxError from compiling `source` (the user's text) as `filename`, where the engine
// compiled `head` + source (the CommonJS wrapper's head on line 1). Rewrites its message as V8's and
// returns where Node points: { line, column (1-based; 0: no caret), sourceLine }, or null when the
// message is not the engine's located form.
function adoptSyntaxError(err, source, head = 0) {
  const first = String(err?.message ?? '').split('\n', 1)[0];
  const m = /^(.*):(\d+):(\d+) (.*)$/s.exec(first);
  if (m === null) return null;
  const lines = source.split(/\r?\n/);
  let line = Number(m[2]);
  let column = Number(m[3]) - (line === 1 ? head : 0);
  // Past the user's text: in the wrapper's tail, which the engine reports for a missing end.
  const beyond = line > lines.length;
  if (beyond && head > 0 && /^Expected \) but found \}/.test(m[4])) {
    // A '}' of the user's closed the wrapper: V8 names that one.
    const at = strayBrace(source);
    if (at !== null) ({ line, column } = at);
  }
  // The engine's staging parser knows decorators, V8's does not: an error just after an '@' (the
  // engine wanted the decorator's name) is V8's error at the '@' itself.
  if (/^Expected ident but found /.test(m[4])) {
    for (let l = Math.min(line, lines.length), upTo = line <= lines.length ? column : Infinity; l >= 1;
      l--, upTo = Infinity) {
      const before = lines[l - 1].slice(0, upTo);
      if (before.trim() === '') continue;
      if (/@\s*$/.test(before)) {
        line = l;
        column = before.lastIndexOf('@');
        m[4] = 'Expected an operand but found error';
      }
      break;
    }
  }
  let rest;
  if (line <= lines.length) {
    // A string's token starts at its quote (the engine points just inside it).
    if (column > 0 && /["']/.test(lines[line - 1][column - 1]) && /^Expected /.test(m[4])) column--;
    rest = lines.slice(line - 1).join('\n').slice(column);
    if (rest.trim() === '') rest = undefined;
  }
  const message = translate(m[4], rest, beyond);
  let site;
  if (rest === undefined && message === 'Unexpected end of input') {
    // V8 points past the last line, without a caret.
    line = lines.length;
    site = { line, column: 0, length: 0, sourceLine: lines[line - 1] ?? '' };
  } else {
    const text = lines[line - 1] ?? '';
    let length;
    ({ column, length } = pointAt(message, m[4], text, column));
    site = { line, column: column + 1, length: length ?? tokenLength(text.slice(column)), sourceLine: text };
    if (/^(Invalid or unexpected token)$/.test(message) && /\d/.test(text[column] ?? '')) site.length = 1;
  }
  const stack = String(err.stack);
  const at = stack.indexOf('\n    at ');
  Object.defineProperty(err, 'message', { value: message, writable: true, enumerable: false, configurable: true });
  err.stack = `${err.name}: ${message}${at === -1 ? '' : stack.slice(at)}`;
  return site;
}

// Makes the uncaught-exception report of err point at `site` of `file` (a path or URL).
// `note`: a line printed under the caret (-e code: what the TypeScript parser said of it).
function reportSite(err, site, file, note) {
  if (site === null) return;
  const caret = site.column > 0 ? `${' '.repeat(site.column - 1)}${'^'.repeat(site.length || 1)}` : '';
  require('internal/process/execution').setThrowSite(err,
    `${file}:${site.line}\n${site.sourceLine}\n${caret}\n${note === undefined ? '' : `${note}\n`}`);
}

// A SyntaxError the engine threw while running code (a script redeclaring a global lexical name):
// worded as V8's, in its message and its stack's first line.
function adoptRuntimeSyntaxError(err) {
  const text = err?.message;
  if (typeof text !== 'string') return;
  const message = translate(text, undefined, false);
  if (message === text) return;
  const stack = String(err.stack);
  const at = stack.indexOf('\n    at ');
  Object.defineProperty(err, 'message', { value: message, writable: true, enumerable: false, configurable: true });
  err.stack = `${err.name}: ${message}${at === -1 ? '' : stack.slice(at)}`;
}

module.exports = { adoptSyntaxError, adoptRuntimeSyntaxError, reportSite };
