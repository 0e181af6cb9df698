'use strict';
// package.json reading and the "exports"/"imports" resolution shared by require() and import.

const path = require('path');
const binding = internalBinding('modules');
const {
  ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_MODULE_SPECIFIER,
} = require('internal/errors').codes;

const cache = new Map();

// The parsed package.json at this path, or undefined if there is none.
function read(jsonPath) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const text = binding.readFile(jsonPath);
  let pkg;
  if (text !== null) {
    try {
      pkg = JSON.parse(text);
    } catch (err) {
      throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, err.message);
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  cache.set(jsonPath, pkg);
  return pkg;
}

// The nearest package.json above (and at) a file's directory: { pkg, dir } or undefined.
function findScope(filename) {
  let dir = path.dirname(filename);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return undefined;
    const pkg = read(path.join(dir, 'package.json'));
    if (pkg !== undefined) return { pkg, dir };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// "module" or "commonjs": how a .js file is interpreted.
function typeOf(filename) {
  return findScope(filename)?.pkg.type === 'module' ? 'module' : 'commonjs';
}

function splitPackageName(specifier) {
  let sep = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (sep === -1) return undefined;
    sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name === '' || name.startsWith('.') || name.includes('\\') || name.includes('%')) return undefined;
  return { name, subpath: `.${sep === -1 ? '' : specifier.slice(sep)}` };
}

function exportsHasDotKeys(exports, pkgJson) {
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return false;
  let dots = 0;
  const keys = Object.keys(exports);
  for (const k of keys) if (k.startsWith('.')) dots++;
  if (dots !== 0 && dots !== keys.length) {
    throw new ERR_INVALID_PACKAGE_CONFIG(pkgJson, undefined,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must ' +
      'either be an object of package subpath keys or an object of main entry condition name keys only.');
  }
  return dots > 0;
}

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function resolveTarget(pkgDir, target, subpath, key, pattern, isImport, conditions, base) {
  const pkgPath = `${pkgDir}/`;
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImport && !target.startsWith('../') && !target.startsWith('/')) {
        const request = pattern ? target.replaceAll('*', subpath) : target + subpath;
        return { bare: request };
      }
      throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, key, target, isImport, base);
    }
    if (invalidSegment.test(target.slice(2))) {
      throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, key, target, isImport, base);
    }
    const resolvedTarget = path.join(pkgDir, target);
    if (subpath !== '' && invalidSegment.test(subpath)) {
      const request = pattern ? key.replace('*', () => subpath) : key + subpath;
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${key}" for the "${isImport ? 'imports' : 'exports'}" resolution of ${pkgPath}package.json`,
        base);
    }
    if (pattern) return { file: resolvedTarget.replaceAll('*', subpath) };
    return { file: resolvedTarget + subpath };
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      try {
        const r = resolveTarget(pkgDir, t, subpath, key, pattern, isImport, conditions, base);
        if (r === undefined) continue;
        if (r !== null) return r;
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
    }
    if (lastError) throw lastError;
    return null;
  }
  if (typeof target === 'object' && target !== null) {
    for (const k of Object.keys(target)) {
      if (/^\d+$/.test(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(path.join(pkgDir, 'package.json'), base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of Object.keys(target)) {
      if (k === 'default' || conditions.includes(k)) {
        const r = resolveTarget(pkgDir, target[k], subpath, key, pattern, isImport, conditions, base);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, key, target, isImport, base);
}

// Longest-prefix ordering of "*" keys, as the resolution algorithm specifies.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolveInMap(map, matchKey, pkgDir, isImport, conditions, base) {
  if (Object.hasOwn(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(pkgDir, map[matchKey], '', matchKey, false, isImport, conditions, base);
  }
  let bestKey = '';
  let bestSubpath;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (matchKey.startsWith(prefix) && matchKey !== prefix &&
        (suffix === '' || (matchKey.endsWith(suffix) && matchKey.length >= key.length)) &&
        patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestSubpath = matchKey.slice(prefix.length, matchKey.length - suffix.length);
    }
  }
  if (bestKey) {
    return resolveTarget(pkgDir, map[bestKey], bestSubpath, bestKey, true, isImport, conditions, base);
  }
  return undefined;
}

function exportsResolve(pkgDir, subpath, exports, conditions, base) {
  const pkgJson = path.join(pkgDir, 'package.json');
  if (!exportsHasDotKeys(exports, pkgJson)) exports = { '.': exports };
  const r = resolveInMap(exports, subpath, pkgDir, false, conditions, base);
  if (r === undefined || r === null) {
    throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkgDir}/`, subpath, base);
  }
  return r.file;
}

// An exports/imports target names a file that must be there: require() reports a missing one as
// MODULE_NOT_FOUND for the target's path.
function fileMustExist(file) {
  if (binding.stat(file) === 0) return binding.realpath(file);
  const err = new Error(`Cannot find module '${file}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

// Errors of "exports" name the importing file for import, not for require().
function errorBase(conditions, base) {
  return conditions.includes('require') ? undefined : base;
}

// require('name/sub') through node_modules/name/package.json "exports", or undefined if the package
// has no exports field (then the classic lookup applies).
function resolveExports(nodeModulesDir, request, base, conditions) {
  const parts = splitPackageName(request);
  if (!parts) return undefined;
  const pkgDir = path.resolve(nodeModulesDir, parts.name);
  const pkg = read(path.join(pkgDir, 'package.json'));
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null) return undefined;
  return fileMustExist(exportsResolve(pkgDir, parts.subpath, pkg.exports, conditions,
                                      errorBase(conditions, base)));
}

// A package requiring itself by its own name.
function resolveSelf(request, base, conditions) {
  const parts = splitPackageName(request);
  if (!parts) return undefined;
  const scope = findScope(base);
  if (!scope || scope.pkg.exports === undefined || scope.pkg.exports === null) return undefined;
  if (scope.pkg.name !== parts.name) return undefined;
  return fileMustExist(exportsResolve(scope.dir, parts.subpath, scope.pkg.exports, conditions,
                                      errorBase(conditions, base)));
}

// "#name" through the nearest package.json "imports".
function resolveImports(request, base, conditions) {
  if (request === '#' || request.startsWith('#/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', base);
  }
  const scope = findScope(base);
  if (scope && scope.pkg.imports && typeof scope.pkg.imports === 'object') {
    const r = resolveInMap(scope.pkg.imports, request, scope.dir, true, conditions, base);
    if (r?.file) return fileMustExist(r.file);
    if (r?.bare) return { bare: r.bare };
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, scope ? `${scope.dir}/` : undefined, base);
}

module.exports = { read, findScope, typeOf, resolveExports, resolveSelf, resolveImports, splitPackageName };
