'use strict';
// CommonJS modules as Node 24 loads them: resolution (relative, absolute, node_modules, NODE_PATH,
// package.json main/exports/imports, self-reference), the module wrapper, the cache, cycles, JSON.

const path = require('path');
const binding = internalBinding('modules');
const builtins = internalBinding('builtins');
const { codes: {
  ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE, ERR_MISSING_ARGS,
} } = require('internal/errors');
const { validateString } = require('internal/validators');
const packages = require('internal/modules/package_resolve');

const STAT_FILE = 0;
const STAT_DIR = 1;
// What module.registerHooks()'s load chain gave for a module being loaded: { source, format }.
const kHooked = Symbol('kHooked');

// The modules a user can require: what lib/ implements of Node's public list.
// One per line, sorted: modules land in parallel and each adds its own line.
const publicBuiltins = [
  '_http_agent',
  '_http_client',
  '_http_common',
  '_http_incoming',
  '_http_outgoing',
  '_http_server',
  '_stream_duplex',
  '_stream_passthrough',
  '_stream_readable',
  '_stream_transform',
  '_stream_writable',
  'assert',
  'assert/strict',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'console',
  'constants',
  'crypto',
  'diagnostics_channel',
  'dns',
  'dns/promises',
  'events',
  'fs',
  'fs/promises',
  'http',
  'module',
  'net',
  'os',
  'path',
  'path/posix',
  'path/win32',
  'perf_hooks',
  'process',
  'punycode',
  'querystring',
  'readline',
  'readline/promises',
  'stream',
  'stream/consumers',
  'stream/promises',
  'stream/web',
  'string_decoder',
  'sys',
  'timers',
  'timers/promises',
  'tty',
  'url',
  'util',
  'util/types',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];
const schemeOnlyBuiltins = [];

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return publicBuiltins.includes(bare) || schemeOnlyBuiltins.includes(bare);
  }
  return publicBuiltins.includes(id);
}

const legacyStreams = { __proto__: null, _stream_duplex: 'Duplex', _stream_passthrough: 'PassThrough',
                        _stream_readable: 'Readable', _stream_transform: 'Transform', _stream_writable: 'Writable' };

function loadBuiltin(id) {
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  if (bare === 'module') return Module;
  if (bare === 'process') return process;
  // The stream classes under their old module names.
  const legacyStream = legacyStreams[bare];
  if (legacyStream !== undefined) return require('stream')[legacyStream];
  if (bare === 'path/posix') return require('path').posix;
  if (bare === 'path/win32') return require('path').win32;
  if (bare === 'util/types') return require('util').types;
  if (bare === 'fs/promises') return require('fs').promises;
  return require(bare);
}

// module.parent (deprecated, DEP0144, warned about with --pending-deprecation): kept off the module
// object, behind an accessor on Module.prototype, as in Node.
const moduleParents = new WeakMap();
let warnedParent = false;
function warnParent() {
  if (warnedParent || !require('internal/util/pending_deprecation').pendingDeprecation()) return;
  warnedParent = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use require.main ' +
    'to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    moduleParents.set(this, parent);
    if (parent?.children && !parent.children.includes(this)) parent.children.push(this);
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const extension = findLongestRegisteredExtension(filename);
    const esm = require('internal/modules/esm/loader');
    const hooked = this[kHooked];
    if (hooked ? hooked.format === 'module' || hooked.format === 'module-typescript' : esm.isModuleFile(filename)) {
      this.exports = esm.requireModule(filename, moduleParents.get(this), hooked);
      this.loaded = true;
      return;
    }
    Module._extensions[extension](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    let name = filename;
    const hookedFormat = this[kHooked]?.format;
    const typed = hookedFormat === undefined ? /\.[cm]?ts$/.test(filename) : hookedFormat === 'commonjs-typescript';
    const typescript = typed ? typescriptSupport() : null;
    if (typescript?.strippingEnabled()) {
      name = typescript.fileUrl(filename);
      content = typescript.stripFileTypes(content, filename, name);
    }
    if (sourceMaps !== null) sourceMaps.maybeCacheSourceMap(filename, content);
    let wrapper;
    try {
      wrapper = builtins.compileModule(stripShebang(content), filename, name);
    } catch (err) {
      const esm = esmLoader();
      if (!(err instanceof SyntaxError) || !esm.detectModuleSyntax(filename, content)) {
        if (err instanceof SyntaxError) reportSyntaxError(err, stripShebang(content), name);
        throw err;
      }
      if (this.id === '.') throw new ModuleSyntaxEntry();
      this.exports = esm.requireModule(filename, moduleParents.get(this));
      return;
    }
    const dirname = path.dirname(filename);
    const require = makeRequire(this);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
  }
}
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null, enumerable: false, configurable: false,
  get: function deprecated() {
    warnParent();
    return moduleParents.get(this);
  },
  set: function deprecated(value) {
    warnParent();
    moduleParents.set(this, value);
  },
});

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = publicBuiltins.slice();
Module.isBuiltin = isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

Module._extensions = Object.create(null);
Module._extensions['.js'] = (module, filename) => {
  module._compile(module[kHooked]?.source ?? readSource(filename), filename);
};
Module._extensions['.json'] = (module, filename) => {
  const content = module[kHooked]?.source ?? readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
// What loading a .node addon gives (require() or process.dlopen): node4j has no native addons.
function addonError(filename) {
  const err = new Error(`Cannot load native addon ${filename}: node4j runs on the JVM and does not ` +
                        'load .node binaries');
  err.code = 'ERR_DLOPEN_FAILED';
  return err;
}
Module._extensions['.node'] = (module, filename) => {
  throw addonError(filename);
};

function readSource(filename) {
  const content = binding.readFile(filename);
  if (content === null) {
    const err = new Error(`EISDIR: illegal operation on a directory, read`);
    err.code = 'EISDIR';
    throw err;
  }
  return content;
}

let typescriptModule;
function typescriptSupport() {
  typescriptModule ??= require('internal/modules/typescript');
  return typescriptModule;
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// A compilation SyntaxError worded and placed as V8 does for Node (the engine compiled the text
// after the wrapper's head).
function reportSyntaxError(err, source, filename) {
  const { adoptSyntaxError, reportSite } = require('internal/syntax_errors');
  reportSite(err, adoptSyntaxError(err, source, builtins.moduleWrapperHeadLength), filename);
}

function stripShebang(content) {
  content = stripBOM(content);
  return content.startsWith('#!') ? `//${content.slice(2)}` : content;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) > 0) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

Module._initPaths = function() {
  const home = process.env?.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_libraries'), path.resolve(home, '.node_modules'));
  const nodePath = process.env?.NODE_PATH;
  const fromEnv = nodePath ? nodePath.split(':').filter(Boolean) : [];
  Module.globalPaths = [...fromEnv, ...paths];
};

Module._resolveLookupPaths = function(request, parent) {
  if (isBuiltin(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    const paths = parent?.paths?.length ? parent.paths.slice() : Module._nodeModulePaths('.');
    return [...paths, ...Module.globalPaths];
  }
  if (!parent?.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(p) {
  if (binding.stat(p) !== STAT_FILE) return false;
  return binding.realpath(p);
}

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    const found = tryFile(base + ext);
    if (found) return found;
  }
  return false;
}

function tryPackage(dir, isMain, originalPath) {
  const pkg = packages.read(path.resolve(dir, 'package.json'));
  const main = pkg?.main;
  if (typeof main !== 'string' || main === '') return tryExtensions(path.resolve(dir, 'index'));
  const filename = path.resolve(dir, main);
  const found = tryFile(filename) || tryExtensions(filename) ||
    tryExtensions(path.resolve(filename, 'index'));
  if (found) return found;
  const fallback = tryExtensions(path.resolve(dir, 'index'));
  if (fallback) return fallback;
  const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has ` +
                        'a valid "main" entry');
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.resolve(dir, 'package.json');
  err.requestPath = originalPath;
  throw err;
}

Module._findPath = function(request, paths, isMain) {
  const absolute = request[0] === '/';
  if (absolute) paths = [''];
  const trailingSlash = request.endsWith('/') || /(?:^|\/)\.?\.$/.test(request);
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];
  for (const dir of paths) {
    if (dir && binding.stat(dir) !== STAT_DIR) continue;
    const base = path.resolve(dir, request);
    let filename = false;
    const kind = binding.stat(base);
    if (!trailingSlash) {
      if (kind === STAT_FILE) filename = binding.realpath(base);
      if (!filename) filename = tryExtensions(base);
    }
    if (!filename && kind === STAT_DIR) filename = tryPackage(base, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function notFound(request, parent) {
  const requireStack = [];
  for (let m = parent; m; m = moduleParents.get(m)) requireStack.push(m.filename || m.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  // Uncaught, Node's report shows the throw statement of its loader as the site.
  require('internal/process/execution').setThrowSite(err, kNotFoundSite);
  return err;
}
const kNotFoundSite = 'node:internal/modules/cjs/loader:1568\n  throw err;\n  ^\n';

Module._resolveFilename = function(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (request.startsWith('node:')) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  let paths;
  if (options?.paths) {
    paths = [];
    for (const p of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(p);
      const lookup = request.startsWith('./') || request.startsWith('../') ? [p]
        : Module._resolveLookupPaths(request, fake);
      for (const l of lookup) if (!paths.includes(l)) paths.push(l);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const parentPath = parent?.filename ? parent.filename : path.resolve('.', 'x');
  if (request[0] === '#') {
    const r = packages.resolveImports(request, parentPath, ['node', 'require']);
    return typeof r === 'string' ? r : Module._resolveFilename(r.bare, parent, isMain);
  }
  const self = packages.resolveSelf(request, parentPath, ['node', 'require']);
  if (self) return self;
  if (request[0] !== '.' && request[0] !== '/') {
    // Each node_modules directory in turn, nearest first: a package there with "exports" resolves
    // through them, one without by its files (a farther package's "exports" never wins over a nearer
    // copy without them).
    for (const dir of paths) {
      const viaExports = packages.resolveExports(dir, request, parentPath, ['node', 'require']);
      if (viaExports) return viaExports;
      const found = Module._findPath(request, [dir], isMain);
      if (found) return found;
    }
    throw notFound(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  throw notFound(request, parent);
};

Module._load = function(request, parent, isMain) {
  // A request this directory made before is answered from the cache without resolving (or any hook).
  const relative = parent ? `${parent.path}\x00${request}` : undefined;
  if (relative !== undefined) {
    const filename = relativeResolveCache[relative];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        if (parent.children && !parent.children.includes(cached)) parent.children.push(cached);
        return cached.exports;
      }
      delete relativeResolveCache[relative];
    }
  }
  if (hooks().syncActive()) return loadWithHooks(request, parent, isMain, relative);
  if (isBuiltin(request)) return loadBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename)) return loadBuiltin(filename);
  if (relative !== undefined) relativeResolveCache[relative] = filename;
  return loadFile(filename, parent, isMain);
};

// `${directory}\0${request}` -> the file a require() from that directory resolved to.
const relativeResolveCache = { __proto__: null };

// A resolved file's module (cached, or loaded now); `hooked` is what load hooks gave for it.
function loadFile(filename, parent, isMain, hooked) {
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent?.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    if (hooked !== undefined) module[kHooked] = hooked;
    module.load(filename);
    threw = false;
  } finally {
    delete module[kHooked];
    if (threw) {
      delete Module._cache[filename];
      if (parent?.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
}

let hooksModule;
function hooks() {
  hooksModule ??= require('internal/modules/customization_hooks');
  return hooksModule;
}

const kRequireConditions = ['require', 'node', 'node-addons', 'module-sync'];

// require() while module.registerHooks() hooks are registered: the request goes through the resolve
// chain (Node's resolution last), then, unless cached, the load chain (reading the file last), and the
// module is made from the source the chain returned.
function loadWithHooks(request, parent, isMain, relative) {
  const { pathToFileURL, fileURLToPath } = require('internal/url');
  const conditions = kRequireConditions.slice();
  const parentFile = parent?.filename;
  const parentURL = parentFile ? (path.isAbsolute(parentFile) ? pathToFileURL(parentFile).href : parentFile) :
    undefined;
  const { url, format } = hooks().resolve(request, parentURL, undefined, conditions, (specifier) => {
    const result = (url, format) => ({ __proto__: null, url, format, importAttributes: undefined });
    if (isBuiltin(specifier)) {
      return specifier.startsWith('node:') ? result(specifier, 'builtin') : result(`node:${specifier}`, undefined);
    }
    return result(pathToFileURL(Module._resolveFilename(specifier, parent, isMain)).href, undefined);
  });
  // node: names a built-in only when there is one (else it is read as a file, as Node does).
  const builtin = url.startsWith('node:') && isBuiltin(url) ? url : undefined;
  const filename = url.startsWith('file:') ? fileURLToPath(url.replace(/[?#].*$/s, '')) : url;
  if (builtin === undefined) {
    if (relative !== undefined) relativeResolveCache[relative] = filename;
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent?.children && !parent.children.includes(cached)) parent.children.push(cached);
      return cached.exports;
    }
  }
  const loaded = hooks().load(url, format ?? (builtin !== undefined ? 'builtin' : formatOf(filename)), undefined,
                              conditions, (target, context) => {
    if (target.startsWith('node:') && isBuiltin(target)) return { source: null, format: 'builtin' };
    const file = target.startsWith('file:') ? fileURLToPath(target.replace(/[?#].*$/s, '')) : target;
    return { source: require('fs').readFileSync(file, 'utf8'), format: context.format };
  }, (f) => f === 'builtin');
  if (builtin !== undefined) return loadBuiltin(builtin);
  return loadFile(filename, parent, isMain,
                  { source: hooks().sourceText(loaded.source), format: loaded.format ?? 'commonjs' });
}

// The format a load hook is told for a file require() loads.
function formatOf(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'addon';
  if (ext === '.mts') return 'module-typescript';
  if (ext === '.cts') return 'commonjs-typescript';
  const type = packages.typeOf(filename);
  if (ext === '.ts') return type === 'module' ? 'module-typescript' : 'commonjs-typescript';
  return type === 'module' ? 'module' : 'commonjs';
}

let mainModule;

function esmLoader() {
  return require('internal/modules/esm/loader');
}

// Thrown by the entry's compilation when it turns out to be an ES module (syntax detection).
class ModuleSyntaxEntry extends Error {}

function makeRequire(module) {
  function require(id) {
    return module.require(id);
  }
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = (request) => {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.registerHooks = function registerHooks(hooksToRegister) {
  return hooks().registerHooks(hooksToRegister);
};

Module.register = function register(specifier, parentURL = undefined, options = undefined) {
  hooks().register(specifier, parentURL, options);
};

// The package.json of a package (a bare specifier, found as import would find it from `base`), or
// the nearest one above the file or directory a specifier resolves to. Node 24.21 answers with the
// resolved path itself when no package.json is above it; so does this.
Module.findPackageJSON = function findPackageJSON(specifier, base = 'data:') {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('specifier');
  try {
    specifier = `${specifier}`;
  } catch {
    validateString(specifier, 'specifier');
  }
  const { URL, isURL, pathToFileURL, fileURLToPath } = require('internal/url');
  let parentURL = base;
  if (!isURL(base)) {
    validateString(base, 'base');
    parentURL = path.isAbsolute(base) ? pathToFileURL(base) : new URL(base);
  }
  parentURL = `${parentURL}`;
  const importer = () => (parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL);
  if (specifier !== '' && specifier[0] !== '.' && specifier[0] !== '/' && !URL.canParse(specifier)) {
    if (!parentURL.startsWith('file:')) new URL(specifier, parentURL); // throws ERR_INVALID_URL
    const name = packages.splitPackageName(specifier)?.name ?? specifier;
    const from = importer();
    for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
      if (path.basename(dir) !== 'node_modules') {
        const pkgDir = path.join(dir, 'node_modules', name);
        if (binding.stat(pkgDir) === STAT_DIR) return path.join(pkgDir, 'package.json');
      }
      if (path.dirname(dir) === dir) break;
    }
    throw new (require('internal/errors').codes.ERR_MODULE_NOT_FOUND)(name, from, 'package');
  }
  let target;
  if (URL.canParse(specifier)) {
    target = new URL(specifier);
  } else if (!parentURL.startsWith('file:')) {
    throw new (require('internal/errors').codes.ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, parentURL);
  } else {
    target = new URL(specifier, parentURL);
  }
  let file = fileURLToPath(target);
  if (!file.endsWith('/')) {
    const kind = binding.stat(file);
    if (kind === STAT_FILE) file = binding.realpath(file);
    else if (kind !== STAT_DIR) throw new (require('internal/errors').codes.ERR_MODULE_NOT_FOUND)(file, importer());
  }
  for (let dir = file.endsWith('/') ? file : path.dirname(file); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (binding.stat(candidate) === STAT_FILE) return candidate;
    if (path.dirname(dir) === dir) return file;
  }
};

// Built-in modules seen through import get the current values of their CommonJS exports' properties.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinExports();
};

Module.SourceMap = require('internal/source_map').SourceMap;

Module.stripTypeScriptTypes = function stripTypeScriptTypes(code, options = undefined) {
  return require('internal/modules/typescript').stripTypeScriptTypes(code, options);
};

// The compile cache: V8 keeps compiled code on disk for the next start; GraalJS has no such cache for
// a Context on the JVM, so enabling it reports DISABLED (Node's answer when it cannot), with the reason.
Module.constants = Object.freeze({
  __proto__: null,
  compileCacheStatus: Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
Module.enableCompileCache = function enableCompileCache(cacheDir) {
  if (cacheDir !== undefined && typeof cacheDir !== 'string') {
    const err = new TypeError('cacheDir should be a string');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return { status: Module.constants.compileCacheStatus.DISABLED,
           message: 'Disabled by node4j: the engine keeps no compiled code on disk' };
};
Module.flushCompileCache = function flushCompileCache() {};
Module.getCompileCacheDir = function getCompileCacheDir() { return undefined; };
// internal/source_maps once source maps were turned on or asked about (not loaded before: modules
// compiled while it is null have no map to keep).
let sourceMaps = null;
function useSourceMaps() {
  return (sourceMaps ??= require('internal/source_maps'));
}
function maybeCacheSourceMap(filename, content) {
  if (sourceMaps !== null) sourceMaps.maybeCacheSourceMap(filename, content);
}
// Whether source maps are on, without loading internal/source_maps when they never were.
function sourceMapsEnabled() {
  return sourceMaps !== null && sourceMaps.getSourceMapsSupport().enabled;
}
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return useSourceMaps().getSourceMapsSupport();
};
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options) {
  useSourceMaps().setSourceMapsSupport(enabled, options);
};
Module.findSourceMap = function findSourceMap(path) {
  return useSourceMaps().findSourceMap(path);
};

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('internal/url').fileURLToPath(new URL(filename.href));
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequire(m);
};

// Runs the program's entry point (bin/node4j app.js).
Module.runMain = function(mainPath) {
  Module._initPaths();
  const esm = require('internal/modules/esm/loader');
  const filename = path.resolve(mainPath);
  if (esm.isModuleFile(filename)) return esm.runMain(filename);
  try {
    Module._load(filename, null, true);
  } catch (err) {
    if (!(err instanceof ModuleSyntaxEntry)) throw err;
    // A .js entry with module syntax and no "type": run as the ES module it is (Node 24).
    for (const key of Object.keys(Module._cache)) {
      if (Module._cache[key] === process.mainModule) delete Module._cache[key];
    }
    process.mainModule = undefined;
    mainModule = undefined;
    esm.runMain(filename);
  }
};

// Node's older internals that packages still call.
// 0 for a file, 1 for a directory, else a negative errno.
Module._stat = function _stat(filename) {
  return binding.stat(path.toNamespacedPath(filename));
};
// The package.json of a directory as the resolver sees it.
Module._readPackage = function _readPackage(requestPath) {
  const pjsonPath = path.resolve(requestPath, 'package.json');
  const pkg = packages.read(pjsonPath);
  const config = { __proto__: null };
  if (pkg === undefined) return Object.assign(config, { type: 'none', exists: false, pjsonPath });
  if (typeof pkg.name === 'string') config.name = pkg.name;
  if (typeof pkg.main === 'string') config.main = pkg.main;
  config.type = pkg.type === 'module' || pkg.type === 'commonjs' ? pkg.type : 'none';
  config.exports = pkg.exports;
  config.imports = pkg.imports;
  config.exists = true;
  config.pjsonPath = pjsonPath;
  return config;
};
Module._debug = function _debug(...args) {
  require('internal/util/debuglog').debuglog('module')(...args);
};
// What -r does: each request loaded from the working directory, before the program.
// module.isPreloading is true while they load.
let preloading = false;
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  preloading = true;
  try {
    for (const request of requests) Module._load(request, parent, false);
  } finally {
    preloading = false;
  }
};
Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null, configurable: true, enumerable: false, get() { return preloading; },
});

// The scope of -e/-p code: require() relative to the working directory, __filename '[eval]'.
function evalScope(name) {
  Module._initPaths();
  const m = new Module(name);
  m.filename = path.join(process.cwd(), name);
  m.paths = Module._nodeModulePaths(process.cwd());
  return { module: m, require: makeRequire(m) };
}

module.exports = { Module, moduleParents, evalScope, addonError, isBuiltin, loadBuiltin, loadFile, useSourceMaps, maybeCacheSourceMap, sourceMapsEnabled };
