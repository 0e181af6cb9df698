'use strict';
// ES modules as Node 24 loads them, on GraalJS's own module records. The engine parses, links and
// evaluates; it asks this file, through io.node4j.runtime.esm.EsmFileSystem, which file a specifier
// names (resolve) and what text to compile for it (load). Built-ins and CommonJS files are served as
// generated facade modules; a specifier that fails to resolve is served as a module that throws
// Node's error.

const path = require('path');
const binding = internalBinding('modules');
const esm = internalBinding('esm');
const packages = require('internal/modules/package_resolve');
const {
  ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION,
  ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_REQUIRE_ASYNC_MODULE,
  ERR_INVALID_MODULE_SPECIFIER, ERR_UNKNOWN_MODULE_FORMAT, ERR_UNSUPPORTED_RESOLVE_REQUEST,
  ERR_IMPORT_ATTRIBUTE_MISSING, ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE, ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
} = require('internal/errors').codes;
const customization = require('internal/modules/customization_hooks');

const VIRTUAL = '/node4j:esm/';
const STAT_FILE = 0;
const STAT_DIR = 1;
const CONDITIONS = ['node', 'import'];
// How generated module text reaches this loader: a non-enumerable global keyed by a registered symbol.
const HOOK = Symbol.for('node4j.esm');

let cjsLoader;
function cjs() {
  cjsLoader ??= require('internal/modules/cjs/loader');
  return cjsLoader;
}

// import.meta.url and module URLs: the escaping of url.pathToFileURL.
function fileURL(filename) {
  return require('internal/url').pathToFileURL(filename).href;
}

function urlToPath(url) {
  const rest = url.slice(5);
  const pathname = rest.startsWith('//') ? rest.slice(rest.indexOf('/', 2)) : rest;
  return decodeURIComponent(pathname);
}

// Errors are handed to the engine as modules that throw them.
const errors = new Map();
let nextError = 0;
function errorModule(err, specifier, referrer) {
  const id = nextError++;
  errors.set(id, err);
  if (specifier !== undefined) errorImports.set(id, { specifier, referrer });
  return `${VIRTUAL}error/${id}`;
}

// id -> { specifier, referrer } of an error module that stands for a specifier that failed to resolve.
const errorImports = new Map();

// The names `referrer` imports from `specifier` (import { a, b as c }, import d, export { e } from),
// read from its text: an error module exports them all, so that linking succeeds and the importer
// gets the module's error (ERR_MODULE_NOT_FOUND...) rather than the engine's "does not provide an
// export named" SyntaxError. Scanning text may find extra names; extra exports are harmless.
function importedNames(specifier, referrer) {
  let source;
  try {
    source = binding.readFile(referrer);
  } catch {
    return [];
  }
  if (source == null) return []; // no file behind the importer (-e code, the REPL)
  const names = new Set();
  // A relative specifier reaches the resolver already made absolute (see EsmFileSystem).
  const named = (text) => text === specifier ||
    (specifier[0] === '/' && (text.startsWith('./') || text.startsWith('../')) &&
     path.resolve(path.dirname(referrer), text) === specifier);
  const statement = /\b(import|export)\s+([^;]*?)\s*from\s*(['"])([^'"\n]*)\3/g;
  for (const [, keyword, clause, , text] of source.matchAll(statement)) {
    if (!named(text)) continue;
    const braces = /\{([^}]*)\}/.exec(clause);
    if (braces !== null) {
      for (const item of braces[1].split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0].trim().replace(/^(['"])(.*)\1$/, '$2');
        if (name !== '') names.add(name);
      }
    }
    if (keyword === 'import' && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*\s*(,|$)/u.test(clause)) {
      names.add('default');
    }
  }
  return [...names];
}

// An error module's text: it throws the error when evaluated, and exports `names` for linking.
function errorModuleText(id) {
  const site = errorImports.get(id);
  const names = site === undefined ? [] : importedNames(site.specifier, site.referrer);
  let text = `throw ${hookRef}.error(${id});\n`;
  if (names.length > 0) {
    text += `let ${names.map((_, i) => `__node4j${i}`).join(', ')};\n`;
    text += `export { ${names.map((name, i) => `__node4j${i} as ${JSON.stringify(name)}`).join(', ')} };\n`;
  }
  return text;
}

// A path or file: specifier is a URL relative to the importer's: percent-escapes decoded, and its
// query and fragment kept after the file's path — the same file under another ?query is another
// module instance, as in Node (import('./x.mjs?v=2')). load() and format() look past them.
function fileModule(specifier, referrer) {
  const { URL, fileURLToPath } = require('internal/url');
  const url = new URL(specifier, fileURL(referrer));
  const suffix = url.search + url.hash;
  url.search = '';
  url.hash = '';
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url.pathname, 'must not include encoded "/" or "\\" characters',
                                           referrer);
  }
  const file = fileURLToPath(url);
  try {
    return existingFile(file, referrer) + suffix;
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND' && suffix !== '') err.url += suffix;
    throw err;
  }
}

// A module's file: its path without the ?query#fragment it was imported with.
function fileOf(filename) {
  const at = filename.search(/[?#]/);
  return at === -1 ? filename : filename.slice(0, at);
}

function existingFile(file, referrer) {
  const kind = binding.stat(file);
  if (kind === STAT_DIR) throw new ERR_UNSUPPORTED_DIR_IMPORT(file, referrer);
  if (kind !== STAT_FILE) {
    const err = new ERR_MODULE_NOT_FOUND(file, referrer);
    err.url = fileURL(file); // the module Node looked for, as its resolver reports it
    throw err;
  }
  return binding.realpath(file);
}

// package.json "exports" and self-reference report a missing target as CommonJS does; import names
// the importer.
function viaPackages(resolveFn, referrer) {
  try {
    return resolveFn();
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') {
      throw new ERR_MODULE_NOT_FOUND(/^Cannot find module '(.*)'$/s.exec(err.message)?.[1] ?? err.message,
                                     referrer);
    }
    throw err;
  }
}

function legacyMain(pkgDir, pkg, referrer) {
  const candidates = [];
  if (typeof pkg?.main === 'string' && pkg.main !== '') {
    const main = path.resolve(pkgDir, pkg.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}/index.js`, `${main}/index.json`);
  }
  candidates.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'));
  for (const c of candidates) {
    if (binding.stat(c) === STAT_FILE) return binding.realpath(c);
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, referrer);
}

function resolvePackage(specifier, referrer) {
  const self = viaPackages(() => packages.resolveSelf(specifier, referrer, CONDITIONS), referrer);
  if (self) return self;
  const parts = packages.splitPackageName(specifier);
  if (!parts) {
    throw new ERR_MODULE_NOT_FOUND(specifier, referrer, 'package');
  }
  let dir = path.dirname(referrer);
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const nodeModules = path.join(dir, 'node_modules');
      const pkgDir = path.join(nodeModules, parts.name);
      if (binding.stat(pkgDir) === STAT_DIR) {
        const pkg = packages.read(path.join(pkgDir, 'package.json'));
        if (pkg?.exports !== undefined && pkg?.exports !== null) {
          return viaPackages(() => packages.resolveExports(nodeModules, specifier, referrer, CONDITIONS),
                             referrer);
        }
        if (parts.subpath === '.') return legacyMain(pkgDir, pkg, referrer);
        return existingFile(path.join(pkgDir, parts.subpath), referrer);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(parts.name, referrer, 'package');
}

// The file (or virtual module) a specifier names; throws Node's errors.
function resolveSpecifier(specifier, referrer, attributes) {
  if (specifier.startsWith(VIRTUAL) || evalSources.has(specifier)) return specifier;
  if (isURLModule(referrer) && (specifier.startsWith('./') || specifier.startsWith('../') ||
                                specifier === '.' || specifier === '..' || specifier[0] === '/')) {
    throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, urlOf(referrer));
  }
  const { isBuiltin } = cjs();
  if (specifier.startsWith('node:')) {
    if (!isBuiltin(specifier)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return `${VIRTUAL}builtin/${specifier.slice(5)}`;
  }
  if (isBuiltin(specifier)) return `${VIRTUAL}builtin/${specifier}`;
  if (specifier.startsWith('data:')) return urlModule(specifier, attributes);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier) && !specifier.startsWith('file:')) {
    const protocol = specifier.slice(0, specifier.indexOf(':') + 1);
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(protocol, protocol === 'http:' || protocol === 'https:' ?
      ['file', 'data'] : ['file', 'data', 'node']);
  }
  if (specifier.startsWith('file:') || specifier[0] === '/' || specifier === '.' || specifier === '..' ||
      specifier.startsWith('./') || specifier.startsWith('../')) {
    return fileModule(specifier, referrer);
  }
  if (specifier[0] === '#') {
    const r = viaPackages(() => packages.resolveImports(specifier, referrer, CONDITIONS), referrer);
    return typeof r === 'string' ? r : resolveSpecifier(r.bare, referrer);
  }
  return resolvePackage(specifier, referrer);
}

// The engine's question for each import request: `specifier` as written in the module `referrer`,
// with its import attributes as "key\0value\0" pairs.
function resolve(specifier, referrer, attributeText) {
  const attributes = { __proto__: null };
  if (attributeText) {
    const parts = attributeText.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) attributes[parts[i]] = parts[i + 1];
  }
  try {
    // (Without attributes this is the engine canonicalizing a path, not an import request.)
    if (attributeText !== undefined && customization.active() && !direct.has(specifier) &&
        !specifier.startsWith(VIRTUAL)) {
      return resolveWithHooks(specifier, referrer, attributes);
    }
    const id = resolveSpecifier(specifier, referrer, attributes);
    if (attributeText !== undefined) checkAttributes(id, attributes);
    return id;
  } catch (err) {
    return errorModule(err, specifier, referrer);
  }
}

// Node's rules for import attributes: a JSON module needs `type: 'json'` (other keys are then
// ignored), nothing else may have a type, and no other key is known.
function checkAttributes(id, attributes) {
  if (id.startsWith(`${VIRTUAL}error/`) || id.startsWith(`${VIRTUAL}require/`)) return;
  let moduleFormat;
  if (id.startsWith(`${VIRTUAL}builtin/`)) {
    moduleFormat = 'builtin';
  } else if (isURLModule(id)) {
    moduleFormat = /^data:application\/json[,;]/i.test(urlOf(id)) ? 'json' : 'module';
  } else if (!evalSources.has(id)) {
    try {
      moduleFormat = format(fileOf(id));
    } catch {
      return; // an unknown extension: loading it says so
    }
  }
  const { type } = attributes;
  if (moduleFormat === 'json' && type === 'json') return;
  if (type !== undefined && type !== 'json') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, urlOf(id));
  if (type === 'json') throw new ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(urlOf(id), 'json');
  for (const key of Object.keys(attributes)) {
    throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key], urlOf(id));
  }
  if (moduleFormat === 'json') throw new ERR_IMPORT_ATTRIBUTE_MISSING(urlOf(id), 'type', 'json');
}

// Modules that are not files: a data: URL, or any URL a resolve hook returned, keep the URL in their
// path (one segment, escaped), which the engine's module map keys them by and stack traces show.
// A JSON one (imported with type: 'json') ends in .json, for the engine to parse it as JSON.
function urlModule(url, attributes) {
  const escaped = encodeURIComponent(url);
  return attributes?.type === 'json' ? `${VIRTUAL}json/${escaped}.json` : `${VIRTUAL}url/${escaped}`;
}

// The URL of a module the engine knows by `id` (a path, or a virtual module's path).
function urlOf(id) {
  if (id.startsWith(VIRTUAL)) {
    const [kind, rest] = id.slice(VIRTUAL.length).split(/\/(.*)/s);
    if (kind === 'builtin') return `node:${rest}`;
    if (kind === 'url') return decodeURIComponent(rest);
    if (kind === 'json') return decodeURIComponent(rest.slice(0, -'.json'.length));
  }
  if (evalSources.has(id)) return evalURL(id);
  const file = fileOf(id);
  return `${fileURL(file)}${id.slice(file.length)}`;
}

function isURLModule(id) {
  return id.startsWith(`${VIRTUAL}url/`) || id.startsWith(`${VIRTUAL}json/`);
}

// --- module.registerHooks(): import requests through the resolve and load chains ---

const IMPORT_CONDITIONS = ['node', 'import', 'module-sync', 'node-addons'];
// Absolute paths the loader itself imports (require() of an ES module, whose hooks already ran).
const direct = new Set();
// What the resolve chain said of a module, for its load chain: format hint and import attributes.
const resolvedAs = new Map();

function resolveWithHooks(specifier, referrer, attributes) {
  let parentURL = urlOf(referrer);
  let written = specifier;
  if (main !== undefined && !main.resolved && specifier === main.filename) {
    main.resolved = true; // the entry point: its URL, imported by no module
    parentURL = undefined;
    written = fileURL(specifier);
  } else if (referrer.endsWith(`${path.sep}[eval]`)) {
    parentURL = fileURL(referrer);
  }
  const { url, format, importAttributes: attrs } = customization.resolve(
    written, parentURL, attributes, IMPORT_CONDITIONS.slice(),
    (next, context) => (customization.hasAsyncHooks() ? customization.asyncResolve(next, context) :
      defaultResolve(next, context)));
  let id;
  if (url.startsWith('node:')) {
    if (!cjs().isBuiltin(url)) throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
    id = `${VIRTUAL}builtin/${url.slice(5)}`;
  } else if (url.startsWith('file:')) {
    const { URL, fileURLToPath } = require('internal/url');
    const parsed = new URL(url);
    const suffix = parsed.search + parsed.hash;
    parsed.search = '';
    parsed.hash = '';
    id = fileURLToPath(parsed) + suffix;
  } else {
    id = urlModule(url, attrs);
  }
  resolvedAs.set(id, { format, attributes: attrs });
  return id;
}

// Node's own resolution, as the last step of the resolve chain: { url, format, importAttributes }.
function defaultResolve(specifier, context) {
  const result = (url, format) => ({ __proto__: null, url, format, importAttributes: undefined });
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(specifier)?.[1];
  if (scheme === 'http' || scheme === 'https') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(`${scheme}:`);
  if (scheme !== undefined && scheme !== 'file') return result(specifier, undefined);
  const { isBuiltin } = cjs();
  if (isBuiltin(specifier)) return result(`node:${specifier}`, 'builtin');
  const parentURL = context?.parentURL;
  let referrer;
  if (parentURL === undefined) {
    referrer = path.join(process.cwd(), '[eval]');
  } else if (String(parentURL).startsWith('file:')) {
    referrer = require('internal/url').fileURLToPath(String(parentURL).replace(/[?#].*$/s, ''));
  } else if (scheme === 'file') {
    referrer = path.join(process.cwd(), '[eval]'); // an absolute URL needs no base
  } else {
    // Against a URL that is not hierarchical (data:, a hook's own scheme) nothing else resolves.
    throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
  }
  const id = resolveSpecifier(specifier, referrer);
  if (id.startsWith(VIRTUAL)) return result(urlOf(id), undefined);
  let format;
  try {
    format = formatOf(fileOf(id));
  } catch {
    format = undefined; // an unknown extension: the load step says so
  }
  return result(urlOf(id), format);
}

// Node's own loading, as the last step of the load chain: { format, responseURL, source }.
function defaultLoad(url, context) {
  const result = (format, source) => ({ format, responseURL: url, source });
  if (url.startsWith('node:')) {
    if (!cjs().isBuiltin(url)) throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
    return result('builtin', null);
  }
  if (url.startsWith('data:')) {
    const { mime, bytes } = parseDataURL(url);
    let format = context?.format;
    if (format === undefined || format === null) {
      if (mime === 'text/javascript') format = 'module';
      else if (mime === 'application/json') format = 'json';
      else throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
    }
    return result(format, bytes);
  }
  if (!url.startsWith('file:')) {
    const protocol = /^[^:]*:/.exec(url)?.[0] ?? url;
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(protocol, ['file', 'data', 'node']);
  }
  const file = require('internal/url').fileURLToPath(url.replace(/[?#].*$/s, ''));
  const source = require('fs').readFileSync(file);
  let format = context?.format;
  if (format === undefined || format === null) {
    format = formatOf(file);
    if (format === 'commonjs' && detectModuleSyntax(file, source.toString())) format = 'module';
  }
  return result(format, source);
}

// A data: URL's media type and body (base64 or percent-encoded).
function parseDataURL(url) {
  const comma = url.indexOf(',');
  const { Buffer } = require('buffer');
  if (comma === -1) return { mime: '', bytes: Buffer.alloc(0) };
  const header = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const base64 = /;base64$/i.test(header);
  const mime = header.replace(/;base64$/i, '').split(';')[0].trim().toLowerCase();
  const bytes = base64 ? Buffer.from(decodeURIComponent(body), 'base64') :
    Buffer.from(body.replace(/%([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
                'latin1');
  return { mime, bytes };
}

// A module's format from its file name (and package.json "type"), for the load step.
function formatOf(file) {
  const ext = path.extname(file);
  if (ext === '.mts') return 'module-typescript';
  if (ext === '.cts') return 'commonjs-typescript';
  if (ext === '.ts') return packages.typeOf(file) === 'module' ? 'module-typescript' : 'commonjs-typescript';
  return format(file);
}

// The text the engine compiles for a module the load chain (or Node's own load) gave.
function compileLoaded(id, url, loadedFormat, source) {
  const text = source === null || source === undefined ? undefined : customization.sourceText(source);
  switch (loadedFormat) {
    case 'builtin':
      return builtinFacade(url.startsWith('node:') ? url.slice(5) : url);
    case 'module':
    case 'module-typescript': {
      let code = text;
      if (loadedFormat === 'module-typescript') code = typescript().stripFileTypes(code, fileOf(id));
      return moduleText(id, code);
    }
    case 'commonjs':
    case 'commonjs-typescript': {
      const file = id.startsWith('/') && !id.startsWith(VIRTUAL) ? fileOf(id) : url;
      if (text === undefined) {
        return facade(`${hookRef}.require(${JSON.stringify(file)})`, cjsExportNames(readModuleSource(file)), true);
      }
      const preset = nextPreset++;
      presets.set(preset, { source: text, format: loadedFormat });
      return facade(`${hookRef}.require(${JSON.stringify(file)}, ${preset})`, cjsExportNames(text), true);
    }
    case 'json':
      if (id.endsWith('.json')) return text;
      return `export default ${text};\n`;
    default:
      throw new ERR_UNKNOWN_MODULE_FORMAT(loadedFormat, url);
  }
}

// Sources the load chain gave CommonJS modules imported from ES modules, until they are required.
const presets = new Map();
let nextPreset = 0;

function loadWithHooks(id) {
  const url = urlOf(id);
  const hint = resolvedAs.get(id);
  const attributes = hint?.attributes ?? { __proto__: null };
  const { format: loadedFormat, source } = customization.load(
    url, hint?.format, attributes, IMPORT_CONDITIONS.slice(),
    (next, context) => (customization.hasAsyncHooks() ? customization.asyncLoad(next, context) :
      defaultLoad(next, context)),
    (f) => f === 'builtin' || f === 'commonjs' || f === 'commonjs-typescript');
  return compileLoaded(id, url, loadedFormat, source);
}

function format(filename) {
  let ext = path.extname(filename);
  if (isTypeScriptExtension(ext) && typescript().strippingEnabled()) ext = ext.replace('t', 'j');
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') return detected.has(filename) ? 'module' : packages.typeOf(filename);
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

function isTypeScriptExtension(ext) {
  return ext === '.ts' || ext === '.mts' || ext === '.cts';
}

let typescriptModule;
function typescript() {
  typescriptModule ??= require('internal/modules/typescript');
  return typescriptModule;
}

// A file's text as it runs: a TypeScript file's without its types.
function readModuleSource(file) {
  const source = binding.readFile(file);
  return isTypeScriptExtension(path.extname(file)) && typescript().strippingEnabled() ?
    typescript().stripFileTypes(source, file) : source;
}

const hookRef = `globalThis[Symbol.for('node4j.esm')]`;
const identifier = /^[A-Za-z_$][\w$]*$/;

// A built-in's facade: its named exports are live bindings, set again from the CommonJS exports by
// module.syncBuiltinESMExports().
function builtinFacade(id) {
  const exports = cjs().loadBuiltin(id);
  const names = Object.keys(exports).filter((n) => identifier.test(n) && n !== 'default');
  let text = `/*node4j:loader*/const m = ${hookRef}.builtin(${JSON.stringify(id)});\nexport default m;\n`;
  if (names.length > 0) {
    text += `export let ${names.map((n) => `${n} = m.${n}`).join(', ')};\n`;
    text += `${hookRef}.track(() => { ({ ${names.join(', ')} } = m); });\n`;
  }
  return text;
}

// Updaters of the built-in facades loaded so far.
const builtinUpdaters = [];
function syncBuiltinExports() {
  for (const update of builtinUpdaters) update();
}

function facade(expr, names, commonjs = false) {
  const exported = [...new Set(names)].filter((n) => identifier.test(n) && n !== 'default');
  // The mark hides the facade's frames from stack traces (EngineInternals).
  let text = `/*node4j:loader*/const m = ${expr};\nexport default m;\n`;
  if (commonjs) text += 'export { m as "module.exports" };\n';
  if (exported.length > 0) text += `export const { ${exported.join(', ')} } = m ?? {};\n`;
  return text;
}

// The names a CommonJS file exports, found in its text before it runs (as Node's cjs-module-lexer
// does, far less thoroughly): exports.x =, module.exports.x =, exports['x'] =,
// Object.defineProperty(exports, 'x', ...), module.exports = { a, b: ... }.
function cjsExportNames(source) {
  const names = [];
  for (const m of source.matchAll(/\bexports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]/g)) names.push(m[1]);
  for (const m of source.matchAll(/\bexports\s*\[\s*(['"])([^'"]+)\1\s*\]\s*=[^=]/g)) names.push(m[2]);
  for (const m of source.matchAll(/Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1/g)) {
    names.push(m[2]);
  }
  // module.exports = { a, b: c, 'd': e, ...f }: keys up to the first value that is not an identifier
  // (a require() call still names its key), as cjs-module-lexer reads an object literal.
  const literal = /\bmodule\.exports\s*=\s*\{([^{}]*)\}/.exec(source);
  if (literal) {
    for (const entry of literal[1].split(',')) {
      if (/^\s*(\.\.\.[\s\S]*)?$/.test(entry)) continue;
      const m = /^\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*(?::\s*([\s\S]*?))?\s*$/.exec(entry);
      if (!m) break;
      const key = m[2] ?? m[3];
      const value = m[4];
      if (value === undefined) {
        if (m[3] === undefined) break;
        names.push(key);
      } else if (/^[A-Za-z_$][\w$]*$/.test(value)) {
        names.push(key);
      } else {
        if (/^require\s*\(/.test(value)) names.push(key);
        break;
      }
    }
  }
  return names;
}

// The ES modules whose text was handed to the engine, in order (for naming a SyntaxError's module).
const loadedModules = [];
function moduleText(filename, source) {
  loadedModules.push(filename);
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  cjs().maybeCacheSourceMap(urlOf(filename), source);
  // The user's text as it is (import.meta is filled by hook.meta when the engine creates it); a last
  // line marks the evaluation finished (require() of a module with top-level await is an error).
  return `${source}\n;${hookRef}.evaluated(${JSON.stringify(filename)});\n`;
}

// The text the engine compiles for this path, or null for the file as it is (JSON).
function load(filename) {
  try {
    const preset = presetLoads.get(filename);
    if (preset !== undefined) {
      presetLoads.delete(filename);
      return compileLoaded(filename, urlOf(filename), preset.format, preset.source);
    }
    if (filename.startsWith(VIRTUAL)) {
      const [kind, id] = filename.slice(VIRTUAL.length).split(/\/(.*)/s);
      if (kind === 'error') return errorModuleText(Number(id));
      if (customization.active() && kind !== 'require') return loadWithHooks(filename);
      if (kind === 'url' || kind === 'json') {
        const url = urlOf(filename);
        const { format: loadedFormat, source } = defaultLoad(url, undefined);
        return compileLoaded(filename, url, loadedFormat, source);
      }
      return builtinFacade(id);
    }
    const evalSource = evalSources.get(filename);
    if (evalSource !== undefined) return moduleText(filename, evalSource);
    if (customization.active()) return loadWithHooks(filename);
    const file = fileOf(filename);
    let kind = format(file);
    if (kind === 'json') return file === filename ? null : binding.readFile(file);
    const source = readModuleSource(file);
    // A .js (or .ts) file no package.json "type" claims is an ES module when it has module syntax.
    if (kind === 'commonjs' && detectModuleSyntax(file, source)) kind = 'module';
    if (kind === 'module') return moduleText(filename, source);
    return facade(`${hookRef}.require(${JSON.stringify(file)})`, cjsExportNames(source), true);
  } catch (err) {
    return `throw ${hookRef}.error(${Number(errorModule(err).slice(VIRTUAL.length + 6))});\n`;
  }
}

function importMetaResolve(referrer) {
  return function resolve(specifier) {
    specifier = `${specifier}`;
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier[0] === '/') {
      return fileURL(path.resolve(path.dirname(referrer), specifier));
    }
    const found = resolveSpecifier(specifier, referrer);
    if (found.startsWith(VIRTUAL)) return `node:${found.slice(VIRTUAL.length + 8)}`;
    return fileURL(found);
  };
}

// An eval'd module's URL: the directory's URL and the name as it is ('file:///cwd/[eval1]').
function evalURL(filename) {
  const dir = fileURL(path.dirname(filename));
  return `${dir}${dir.endsWith('/') ? '' : '/'}${path.basename(filename)}`;
}

const hook = {
  // A module's import.meta, as the engine creates it (the first time the module reads it); url is
  // the engine's URL for the module.
  meta(meta, engineURL) {
    const module = urlToPath(engineURL);
    if (isURLModule(module)) {
      meta.main = false;
      meta.resolve = importMetaResolve(path.join(process.cwd(), '[eval]'));
      meta.url = urlOf(module);
      return;
    }
    const filename = fileOf(module);
    // The file's URL and the ?query#fragment it was imported with (the engine escapes them).
    const url = `${fileURL(filename)}${module.slice(filename.length)}`;
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
    // The entry point itself, not the same file imported again under another URL (?query, #hash).
    meta.main = main !== undefined && main.filename === module;
    meta.resolve = importMetaResolve(filename);
    meta.url = evalSources.has(module) ? evalURL(module) : url;
  },
  builtin(id) {
    return cjs().loadBuiltin(id);
  },
  track(update) {
    builtinUpdaters.push(update);
  },
  require(filename, preset) {
    const hooked = preset === undefined ? undefined : presets.get(preset);
    presets.delete(preset);
    return cjs().loadFile(filename, null, false, hooked);
  },
  evaluated(id) {
    evaluated.add(id);
  },
  error(id) {
    const err = errors.get(id);
    errors.delete(id);
    return err;
  },
};

const evaluated = new Set();

// require() of an ES module (Node 24): evaluated synchronously; its namespace is what require returns.
// A fresh importer module per call, so the target's record is the one import() shares.
let nextRequire = 0;
function importer(text) {
  let namespace;
  try {
    namespace = esm.evaluate(`${VIRTUAL}require/${nextRequire++}`, text);
  } catch (err) {
    if (err instanceof SyntaxError) reportSyntaxError(err);
    throw err;
  }
  // A module that threw: the engine rejected the graph's evaluation promise instead of throwing.
  const failure = esm.evaluationFailure(namespace);
  if (failure) {
    const [thrown] = failure;
    require('internal/process/execution').willBeThrownAgain(thrown);
    throw decorateModuleError(thrown);
  }
  return namespace;
}

// A CommonJS global used in an ES module: Node says where it is not defined (and why the file is one).
const decorated = new WeakSet();
function decorateModuleError(err) {
  if (!(err instanceof ReferenceError) || decorated.has(err)) return err;
  const name = /^(require|module|exports|__filename|__dirname) is not defined$/.exec(err.message)?.[1];
  if (name === undefined) return err;
  decorated.add(err);
  const before = `${err.name}: ${err.message}`;
  const stack = String(err.stack); // made now, before the message changes
  err.message += name === 'require' ? ' in ES module scope, you can use import instead' : ' in ES module scope';
  const url = /\bat (?:.*\()?(file:\/\/[^\s)]+?):\d+:\d+\)?$/m.exec(stack)?.[1];
  if (url !== undefined && url.endsWith('.js')) {
    const scope = packages.findScope(urlToPath(url));
    if (scope?.pkg.type === 'module') {
      err.message += "\nThis file is being treated as an ES module because it has a '.js' file extension and " +
        `'${path.join(scope.dir, 'package.json')}' contains "type": "module". To treat it as a CommonJS script, rename it to use the ` +
        "'.cjs' file extension.";
    }
  }
  if (stack.startsWith(before)) err.stack = `${err.name}: ${err.message}${stack.slice(before.length)}`;
  return err;
}

// parent: the CommonJS module calling require(), for the error's require stack.
// Loads set for a module before the engine asks for it (require() of an ES module whose load hooks ran).
const presetLoads = new Map();

function requireModule(filename, parent, hooked) {
  if (filename[0] !== '/') filename = urlModule(filename); // a URL a resolve hook returned
  if (hooked !== undefined) presetLoads.set(filename, hooked);
  const target = JSON.stringify(filename);
  direct.add(filename);
  let first;
  try {
    first = importer(`import * as ns from ${target};\nexport default ns;\n`);
  } finally {
    direct.delete(filename);
  }
  if (!evaluated.has(filename)) {
    const err = new ERR_REQUIRE_ASYNC_MODULE();
    const stack = [];
    const { moduleParents } = require('internal/modules/cjs/loader');
    for (let m = parent; m; m = moduleParents.get(m)) stack.push(m.filename || m.id);
    err.message += `\nRequired module: ${filename}`;
    if (stack.length > 0) err.message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
    throw err;
  }
  const ns = first.default;
  if (Object.hasOwn(ns, 'module.exports')) return ns['module.exports'];
  // With a default export, Node hands out a namespace that also says __esModule (for transpilers).
  if (!Object.hasOwn(ns, 'default') || Object.hasOwn(ns, '__esModule')) return ns;
  direct.add(filename);
  try {
    return importer(`export * from ${target};\nexport { default } from ${target};\n` +
                    'export const __esModule = true;\n');
  } finally {
    direct.delete(filename);
  }
}

// import() in code node:vm compiled, by the code's importModuleDynamically (internal/vm/imports):
// Node's errors without a loader, else as the main context resolves it, from the code's filename
// when that is an absolute path (else from the working directory).
// A vm context shares this loader, whose module records the engine evaluates in the realm that
// imports them first; so the module is imported here too, from the main realm, before the vm
// code's own import continues (a promise job queued after this one): the program gets the module
// instance, namespace and errors the main context has, evaluated with its globals.
let warnedMainContextLoader = false;
function resolveVm(specifier, policy, filename, attributeText) {
  const imports = require('internal/vm/imports');
  const { codes } = require('internal/errors');
  let resolved;
  if (policy === imports.POLICY_NONE) {
    resolved = errorModule(new codes.ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
  } else if (policy !== imports.POLICY_MAIN) {
    resolved = errorModule(new codes.ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG());
  } else {
    if (!warnedMainContextLoader) {
      warnedMainContextLoader = true;
      process.emitWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and might change at ' +
                          'any time', 'ExperimentalWarning');
    }
    let referrer = `${process.cwd()}/`; // the working directory, as Node names it then
    if (path.isAbsolute(filename)) referrer = filename;
    else if (filename.startsWith('file:')) referrer = urlToPath(filename);
    resolved = resolve(specifier, referrer, attributeText);
  }
  const attributes = { __proto__: null };
  const parts = attributeText ? attributeText.split('\0') : [];
  for (let i = 0; i + 1 < parts.length; i += 2) attributes[parts[i]] = parts[i + 1];
  import(resolved, { with: attributes }).catch(() => {}); // the vm code's import() reports the error
  return resolved;
}

function initialize() {
  Object.defineProperty(globalThis, HOOK, { value: hook, enumerable: false, configurable: false,
                                            writable: false });
  esm.install(resolve, load, (meta, url) => hook.meta(meta, url), resolveVm);
}

// The entry point is an ES module: import it; the program runs until its evaluation settles.
let main;
function runMain(filename) {
  main = { filename, settled: false, resolved: false };
  import(filename).then(() => {
    main.settled = true;
  }, (err) => {
    main.settled = true;
    if (err instanceof SyntaxError) reportSyntaxError(err);
    decorateModuleError(err);
    const { triggerUncaughtException } = require('internal/process/execution');
    triggerUncaughtException(err, null, false, true);
  });
}

// A module's compilation SyntaxError (the engine names the module's path in its message), worded and
// placed as V8 does for Node.
function reportSyntaxError(err) {
  let module = /^(.*?):\d+:\d+ /s.exec(String(err.message))?.[1];
  if (module === undefined) return;
  if (module[0] !== '/') {
    // The engine names a module it reached by a relative specifier by that specifier: the module
    // loaded last under that name (parsing follows loading).
    const tail = module.replace(/^(\.\.?\/)+/, '/');
    module = loadedModules.findLast((loaded) => loaded.endsWith(tail));
    if (module === undefined) return;
  }
  const file = fileOf(module);
  const source = evalSources.get(module) ?? binding.readFile(file);
  if (source == null) return;
  const { adoptSyntaxError, reportSite } = require('internal/syntax_errors');
  const url = evalSources.has(module) ? evalURL(module) : `${fileURL(file)}${module.slice(file.length)}`;
  reportSite(err, adoptSyntaxError(err, source), url);
}

// --import: each module imported in turn (its top-level await settled) before the program runs.
// Specifiers resolve against the working directory, which errors name as the importer.
async function importPreloads(specifiers) {
  const cwd = process.cwd();
  const referrer = `${cwd}${path.sep}`;
  for (const specifier of specifiers) {
    let target;
    try {
      if (specifier.startsWith('./') || specifier.startsWith('../') || specifier[0] === '/') {
        target = existingFile(path.resolve(cwd, specifier), referrer);
      } else {
        target = resolveSpecifier(specifier, path.join(cwd, '[import]'));
      }
    } catch (err) {
      if (err?.code === 'ERR_MODULE_NOT_FOUND') {
        require('internal/process/execution').setThrowSite(err,
          'node:internal/modules/esm/resolve:272\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n');
      }
      throw err;
    }
    await import(target.startsWith(`${VIRTUAL}builtin/`) ? `node:${target.slice(VIRTUAL.length + 8)}` : target);
  }
}

// Code given with -e or on stdin that runs as an ES module (--input-type=module, or module syntax):
// a module at <cwd>/[eval1], as Node names it.
const evalSources = new Map();
function runEvalModule(code) {
  const filename = path.join(process.cwd(), '[eval1]');
  evalSources.set(filename, code);
  runMain(filename);
}

// The text of -e code run as the module at `filename`, or undefined.
function evalSource(filename) {
  return evalSources.get(filename);
}

// At exit: a main module whose top-level await never settled ends the process with status 13.
// Node names the await it is suspended at; the engine does not tell, so this takes the last line of
// the entry's text with an await (right for the common "await forever at the end" shape).
function checkUnsettled() {
  if (main === undefined || main.settled) return;
  main.settled = true;
  process.exitCode = 13;
  let where = fileURL(main.filename);
  const lines = (binding.readFile(main.filename) ?? '').split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const at = lines[i].search(/\bawait\b/);
    if (at === -1 || /^\s*\/\//.test(lines[i])) continue;
    where += `:${i + 1}\n${lines[i]}\n${' '.repeat(at)}^\n\n\n`;
    break;
  }
  internalBinding('process').writeString(2, `Warning: Detected unsettled top-level await at ${where}\n`);
}

function isModuleFile(filename) {
  let ext = path.extname(filename);
  if (isTypeScriptExtension(ext) && typescript().strippingEnabled()) ext = ext.replace('t', 'j');
  return ext === '.mjs' || (ext === '.js' && packages.typeOf(filename) === 'module');
}

// Node 24 runs a .js file that no package.json "type" claims as an ES module when it has module
// syntax (called once its CommonJS compilation failed with a SyntaxError).
function detectModuleSyntax(filename, source) {
  const ext = path.extname(filename);
  if (ext !== '.js' && ext !== '' && ext !== '.ts') return false;
  if (packages.findScope(filename)?.pkg.type !== undefined) return false;
  if (esm.parsesOnlyAsModule(source, filename)) {
    detected.add(filename);
    return true;
  }
  return false;
}
const detected = new Set();

module.exports = {
  defaultResolve, defaultLoad, syncBuiltinExports, detectModuleSyntax, initialize, runMain, runEvalModule, evalSource, importPreloads, checkUnsettled, isModuleFile, requireModule, resolve, load,
};
