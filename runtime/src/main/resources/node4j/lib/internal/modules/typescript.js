'use strict';
// TypeScript as Node 24 runs it: .ts, .mts and .cts files (and -e code that only compiles once its
// types are gone) have their types stripped before they run. Stripping (internal/modules/
// typescript_strip) replaces erasable type syntax with spaces, so lines and columns stay the user's;
// what cannot be erased (enums, namespaces with values, parameter properties) is refused with
// ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX, as in Node's default strip-only mode.

const path = require('path');
const {
  codes: {
    ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX, ERR_INVALID_TYPESCRIPT_SYNTAX,
    ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

let stripper;
function strip(source) {
  stripper ??= require('internal/modules/typescript_strip');
  return stripper.stripTypes(source);
}

const EXTENSIONS = new Set(['.ts', '.mts', '.cts']);

function isTypeScriptFile(filename) {
  return EXTENSIONS.has(path.extname(filename));
}

// --no-experimental-strip-types turns it off (the last of the pair on the command line wins).
let enabled;
function strippingEnabled() {
  if (enabled === undefined) {
    enabled = true;
    for (const arg of internalBinding('process').execArgv) {
      const name = arg.replaceAll('_', '-');
      if (name === '--no-experimental-strip-types') enabled = false;
      else if (name === '--experimental-strip-types') enabled = true;
    }
    const nodeOptions = process.env.NODE_OPTIONS;
    if (typeof nodeOptions === 'string' && /(^|\s)--no-experimental-strip-types(\s|$)/.test(nodeOptions) &&
        !internalBinding('process').execArgv.includes('--experimental-strip-types')) {
      enabled = false;
    }
  }
  return enabled;
}

// What Node names a TypeScript file in stack traces and reports, CommonJS ones too: its file: URL.
function fileUrl(filename) {
  return require('internal/url').pathToFileURL(filename).href;
}

// The text of a TypeScript file as it runs. `where` names it in an error's report (its URL, or [eval]).
function stripFileTypes(source, filename, where = fileUrl(filename)) {
  if (filename.split(path.sep).includes('node_modules')) {
    const err = new ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
    require('internal/process/execution').setThrowSite(err, 'node:internal/modules/typescript:189\n' +
      '    throw new ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);\n    ^\n');
    throw err;
  }
  try {
    return strip(source);
  } catch (err) {
    throw adopt(err, source, where);
  }
}

// The stripper's error as Node's SyntaxError, with the report's header and the source around the span.
function adopt(err, source, where) {
  if (err?.kind !== 'unsupported' && err?.kind !== 'invalid') return err;
  const error = err.kind === 'unsupported' ?
    new ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX(err.message) : new ERR_INVALID_TYPESCRIPT_SYNTAX(err.message);
  const site = snippet(source, err.start, err.end);
  require('internal/process/execution').setThrowSite(error, `${where}:${site.line}\n${site.text}`);
  return error;
}

// The lines around [start, end) as Node's report shows a TypeScript error: the line before, the
// span's line underlined, the line after (unless blank); a span over several lines marks its first and
// last with '>' in a four-column gutter instead.
function snippet(source, start, end) {
  const lines = source.split(/\r\n|\r|\n|\u2028|\u2029/);
  const starts = [];
  for (let i = 0, offset = 0; i < lines.length; i++) {
    starts.push(offset);
    offset += lines[i].length;
    const next = source[offset];
    offset += next === '\r' && source[offset + 1] === '\n' ? 2 : 1;
  }
  const lineOf = (offset) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line;
  };
  const first = lineOf(start);
  const last = end > start ? lineOf(end - 1) : first;
  const before = first > 0 ? [lines[first - 1]] : [];
  const after = last + 1 < lines.length && lines[last + 1].trim() !== '' ? [lines[last + 1]] : [];
  let text;
  if (start >= source.length) {
    // At the end of the input: the last line, nothing to underline.
    text = [...before, lines[first]];
  } else if (first === last) {
    const column = start - starts[first];
    const carets = '^'.repeat(Math.max(1, Math.min(end, starts[first] + lines[first].length) - start));
    text = [...before, lines[first], ' '.repeat(column) + carets, ...after];
  } else {
    text = [...before.map((l) => `    ${l}`)];
    for (let i = first; i <= last; i++) {
      text.push(`${i === first || i === last ? '  > ' : '    '}${lines[i]}`);
    }
    text.push(...after.map((l) => `    ${l}`));
  }
  return { line: first + 1, text: `${text.join('\n')}\n` };
}

// -e code that failed to compile as JavaScript: its text without types, or null when stripping fails
// too (then the stripper's message joins the JavaScript error's report, as Node prints it).
function stripEvalTypes(code) {
  try {
    return { code: strip(code) };
  } catch (err) {
    if (err?.kind === undefined) throw err;
    return { code: null, message: err.message };
  }
}

let warned = false;
// module.stripTypeScriptTypes(code[, options]).
function stripTypeScriptTypes(code, options = {}) {
  if (typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  const { validateOneOf } = require('internal/validators');
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  if (typeof sourceMap !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.sourceMap', 'boolean', sourceMap);
  if (typeof sourceUrl !== 'string') throw new ERR_INVALID_ARG_TYPE('options.sourceUrl', 'string', sourceUrl);
  if (mode === 'strip' && sourceMap) {
    throw new ERR_INVALID_ARG_VALUE('options.sourceMap', sourceMap, 'must be one of: false, undefined');
  }
  if (!warned) {
    warned = true;
    process.emitWarning('stripTypeScriptTypes is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  if (mode === 'transform') {
    const { codes: { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM } } = require('internal/errors');
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('TypeScript transform mode (node4j only strips types)');
  }
  let result;
  try {
    result = strip(code);
  } catch (err) {
    if (err?.kind === 'unsupported') throw new ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX(err.message);
    if (err?.kind === 'invalid') throw new ERR_INVALID_TYPESCRIPT_SYNTAX(err.message);
    throw err;
  }
  return sourceUrl ? `${result}\n\n//# sourceURL=${sourceUrl}` : result;
}

module.exports = { fileUrl, isTypeScriptFile, strippingEnabled, stripFileTypes, stripEvalTypes, stripTypeScriptTypes };
