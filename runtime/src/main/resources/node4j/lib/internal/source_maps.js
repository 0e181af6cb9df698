'use strict';
// Source maps as Node 24 applies them: --enable-source-maps, module.setSourceMapsSupport() and
// process.setSourceMapsEnabled() turn them on. While on, each CommonJS or ES module compiled with a
// `//# sourceMappingURL=` comment has its map kept (a file resolved against the module's URL, or a
// data: URL with application/json); module.findSourceMap() answers from the maps kept, an error's
// stack names the original position of each frame whose file has a map (unless the program set
// Error.prepareStackTrace), and the fatal report shows the original source line.
// Loaded only when source maps are first turned on or asked about.

const { validateBoolean, validateObject } = require('internal/validators');
const { pathToFileURL, fileURLToPath } = require('internal/url');
const { lastMagicComment } = require('internal/magic_comments');

let enabled = false;
let nodeModules = false;
let generatedCode = false;

// A module's file: URL -> { data (the payload, sources made absolute), lineLengths, sourceMap }.
const maps = new Map();

function getSourceMapsSupport() {
  return { __proto__: null, enabled, nodeModules, generatedCode };
}

function setSupport(on, withNodeModules, withGeneratedCode) {
  enabled = on;
  nodeModules = withNodeModules;
  generatedCode = withGeneratedCode;
  internalBinding('util').setStackTraceHook(on ? mapStack : null);
}

function setSourceMapsSupport(on, options = {}) {
  validateBoolean(on, 'enabled');
  validateObject(options, 'options');
  const { nodeModules: withNodeModules = false, generatedCode: withGeneratedCode = false } = options;
  validateBoolean(withNodeModules, 'options.nodeModules');
  validateBoolean(withGeneratedCode, 'options.generatedCode');
  setSupport(on, withNodeModules, withGeneratedCode);
}

// process.setSourceMapsEnabled(), as --enable-source-maps: node_modules and generated code included.
function setSourceMapsEnabled(on) {
  validateBoolean(on, 'enabled');
  setSupport(on, on, on);
}

// The URL a module's map is kept under: its file: URL (a path is converted), or the URL it has.
function keyOf(filename) {
  return /^\w+:\/\//.test(filename) ? filename : pathToFileURL(filename).href;
}

// The last `//# sourceMappingURL=` line comment, as V8 reads it.
function sourceMappingURL(content) {
  return lastMagicComment(content, 'sourceMappingURL');
}

// Keeps the map of a module being compiled, when source maps are on and it names one.
function maybeCacheSourceMap(filename, content) {
  if (!enabled || (!nodeModules && /[\\/]node_modules[\\/]/.test(filename))) return;
  const mapURL = sourceMappingURL(content);
  if (mapURL === null) return;
  let url;
  try {
    url = keyOf(filename);
  } catch {
    return;
  }
  const data = readMap(url, mapURL);
  if (data === null) return;
  maps.set(url, { data, lineLengths: lineLengths(content), sourceMap: undefined });
}

// The payload a sourceMappingURL names, relative to the module's URL: a data: URL's JSON, or a
// file's. Other schemes, unreadable files and bad JSON give null (no map), as in Node.
function readMap(moduleURL, mapURL) {
  let absolute = null;
  try {
    absolute = new URL(mapURL);
  } catch {
    // a relative reference: a file beside the module
  }
  try {
    if (absolute !== null) {
      if (absolute.protocol !== 'data:') return null;
      // As Node reads it: the text between the first comma and the next one is the data (JSON
      // with a comma in it is only readable base64-encoded).
      const [format, body = ''] = absolute.pathname.split(',');
      const params = format.split(';');
      if (params[0] !== 'application/json') return null;
      const text = params[params.length - 1] === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
      return absoluteSources(moduleURL, JSON.parse(text));
    }
    const fileURL = new URL(mapURL, moduleURL).href;
    const text = require('fs').readFileSync(fileURLToPath(fileURL), 'utf8');
    return absoluteSources(fileURL, JSON.parse(text));
  } catch {
    return null;
  }
}

// The payload with each source as an absolute URL (sourceRoot applied, then resolved against the
// map's own URL; an absolute path becomes its file: URL), and sourceRoot emptied.
function absoluteSources(base, data) {
  const root = data.sourceRoot || '';
  data.sources = data.sources.map((source) => {
    const full = root + source;
    return full.startsWith('/') ? pathToFileURL(full).href : new URL(full, base).href;
  });
  data.sourceRoot = '';
  return data;
}

// The length of each line of the generated text (a \r stays part of its line).
function lineLengths(content) {
  const lengths = [];
  let start = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      lengths.push(i - start);
      start = i + 1;
    }
  }
  lengths.push(content.length - start);
  return lengths;
}

function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  let entry;
  try {
    entry = maps.get(keyOf(sourceURL));
  } catch {
    return undefined;
  }
  if (entry === undefined) return undefined;
  if (entry.sourceMap === undefined) {
    const { SourceMap } = require('internal/source_map');
    entry.sourceMap = new SourceMap(entry.data, { lineLengths: entry.lineLengths });
  }
  return entry.sourceMap;
}

function noScheme(url) {
  return url.startsWith('file://') ? fileURLToPath(url) : url;
}

// The stack-trace hook (see EngineInternals.setStackTraceHook): the engine's text with each frame
// whose position a map knows replaced by the original one, named as Node names it. Frames are
// [file, line, column, functionName, typeName, isConstructor, isAsync, isEval, enclosingLine,
// enclosingColumn]; the text's last lines are the frames, one each.
function mapStack(text, frames) {
  const lines = text.split('\n');
  const first = lines.length - frames.length;
  if (first < 1) return undefined;
  let changed = false;
  let lastFile;
  let lastMap;
  for (let i = 0; i < frames.length; i++) {
    const [file, line, column, functionName, typeName, isConstructor, isAsync, isEval] = frames[i];
    if (isEval || typeof file !== 'string' || line < 1) continue;
    let sm;
    try {
      sm = file === lastFile ? lastMap : findSourceMap(file);
    } catch {
      sm = undefined;
    }
    lastFile = file;
    lastMap = sm;
    if (sm === undefined) continue;
    const { originalSource, originalLine, originalColumn } = sm.findEntry(line - 1, column - 1);
    if (!originalSource || originalLine === undefined || originalColumn === undefined) continue;
    // As Node names them: the receiver's type (but for a constructor), then the name the map gives
    // the function, or the engine's.
    const typed = typeName != null && typeName !== 'global' && !isConstructor ? `${typeName}.` : '';
    const own = originalName(sm, frames, i) || functionName || '<anonymous>';
    const name = `${isAsync ? 'async ' : ''}${isConstructor ? 'new ' : ''}${typed}${own}`;
    lines[first + i] = `    at ${name} (${noScheme(originalSource)}:${originalLine + 1}:${originalColumn + 1})`;
    changed = true;
  }
  return changed ? lines.join('\n') : undefined;
}

// The name a transpiler dropped: the map's name where the frame's function starts, else the name at
// the call in the frame below when that frame is in the same file.
function originalName(sm, frames, i) {
  const [file, , , , , , , , enclosingLine, enclosingColumn] = frames[i];
  if (enclosingLine > 0) {
    const { name } = sm.findEntry(enclosingLine - 1, enclosingColumn - 1);
    if (name) return name;
  }
  const caller = frames[i + 1];
  if (caller !== undefined && caller[0] === file) {
    return sm.findEntry(caller[1] - 1, caller[2] - 1).name;
  }
  return undefined;
}

// The fatal report's header for a throw at file:line:column (column 0-based) when a map knows the
// original position and its source text is at hand (in the map or on disk), else undefined.
function errorSource(file, line, column) {
  const sm = findSourceMap(file);
  if (sm === undefined) return undefined;
  const { originalSource, originalLine, originalColumn } = sm.findEntry(line - 1, column);
  if (!originalSource) return undefined;
  const payload = sm.payload;
  const index = payload.sources.indexOf(originalSource);
  let source = payload.sourcesContent?.[index];
  if (!source && originalSource.startsWith('file://')) {
    try {
      source = require('fs').readFileSync(fileURLToPath(originalSource), 'utf8');
    } catch {
      source = undefined;
    }
  }
  if (typeof source !== 'string') return undefined;
  const text = source.split(/\r?\n/, originalLine + 1)[originalLine];
  if (!text) return undefined;
  const { getStringWidth } = require('internal/util/inspect');
  let pad = '';
  for (const c of text.slice(0, originalColumn + 1)) pad += c === '\t' ? '\t' : ' '.repeat(getStringWidth(c));
  // As Node: the characters up to and including the column, less one (the caret takes its place).
  return `${noScheme(originalSource)}:${originalLine + 1}\n${text}\n${pad.slice(0, -1)}^\n`;
}

module.exports = {
  getSourceMapsSupport, setSourceMapsSupport, setSourceMapsEnabled, maybeCacheSourceMap, findSourceMap,
  errorSource,
};
