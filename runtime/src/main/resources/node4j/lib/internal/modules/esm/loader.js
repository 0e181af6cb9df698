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
  ERR_INVALID_MODULE_SPECIFIER,
} = require('internal/errors').codes;

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
function resolveSpecifier(specifier, referrer) {
  if (specifier.startsWith(VIRTUAL) || evalSources.has(specifier)) return specifier;
  const { isBuiltin } = cjs();
  if (specifier.startsWith('node:')) {
    if (!isBuiltin(specifier)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return `${VIRTUAL}builtin/${specifier.slice(5)}`;
  }
  if (isBuiltin(specifier)) return `${VIRTUAL}builtin/${specifier}`;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier) && !specifier.startsWith('file:')) {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(specifier.slice(0, specifier.indexOf(':') + 1));
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

function resolve(specifier, referrer) {
  try {
    return resolveSpecifier(specifier, referrer);
  } catch (err) {
    return errorModule(err, specifier, referrer);
  }
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

let modulesLoaded = false;
// The ES modules whose text was handed to the engine, in order (for naming a SyntaxError's module).
const loadedModules = [];
function moduleText(filename, source) {
  loadedModules.push(filename);
  if (!modulesLoaded) {
    modulesLoaded = true;
    esm.moduleLoaded();
  }
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  // The user's text as it is (import.meta is filled by hook.meta when the engine creates it); a last
  // line marks the evaluation finished (require() of a module with top-level await is an error).
  return `${source}\n;${hookRef}.evaluated(import.meta);\n`;
}

// The text the engine compiles for this path, or null for the file as it is (JSON).
function load(filename) {
  try {
    if (filename.startsWith(VIRTUAL)) {
      const [kind, id] = filename.slice(VIRTUAL.length).split(/\/(.*)/s);
      if (kind === 'error') return errorModuleText(Number(id));
      const exports = cjs().loadBuiltin(id);
      return facade(`${hookRef}.builtin(${JSON.stringify(id)})`, Object.keys(exports));
    }
    const evalSource = evalSources.get(filename);
    if (evalSource !== undefined) return moduleText(filename, evalSource);
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
  require(filename) {
    return cjs().Module._load(filename, null, false);
  },
  evaluated(meta) {
    evaluated.add(meta.filename);
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
  try {
    return esm.evaluate(`${VIRTUAL}require/${nextRequire++}`, text);
  } catch (err) {
    if (err instanceof SyntaxError) reportSyntaxError(err);
    throw err;
  }
}

// parent: the CommonJS module calling require(), for the error's require stack.
function requireModule(filename, parent) {
  const target = JSON.stringify(filename);
  const first = importer(`import * as ns from ${target};\nexport default ns;\n`);
  if (!evaluated.has(filename)) {
    const err = new ERR_REQUIRE_ASYNC_MODULE();
    const stack = [];
    for (let m = parent; m; m = m.parent) stack.push(m.filename || m.id);
    err.message += `\nRequired module: ${filename}`;
    if (stack.length > 0) err.message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
    throw err;
  }
  const ns = first.default;
  if (Object.hasOwn(ns, 'module.exports')) return ns['module.exports'];
  // With a default export, Node hands out a namespace that also says __esModule (for transpilers).
  if (!Object.hasOwn(ns, 'default') || Object.hasOwn(ns, '__esModule')) return ns;
  return importer(`export * from ${target};\nexport { default } from ${target};\n` +
                  'export const __esModule = true;\n');
}

function initialize() {
  Object.defineProperty(globalThis, HOOK, { value: hook, enumerable: false, configurable: false,
                                            writable: false });
  esm.install(resolve, load, (meta, url) => hook.meta(meta, url));
}

// The entry point is an ES module: import it; the program runs until its evaluation settles.
let main;
function runMain(filename) {
  main = { filename, settled: false };
  import(filename).then(() => {
    main.settled = true;
  }, (err) => {
    main.settled = true;
    if (err instanceof SyntaxError) reportSyntaxError(err);
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
    await import(target.startsWith(VIRTUAL) ? `node:${target.slice(VIRTUAL.length + 8)}` : target);
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
  detectModuleSyntax, initialize, runMain, runEvalModule, evalSource, importPreloads, checkUnsettled, isModuleFile, requireModule, resolve, load,
};
