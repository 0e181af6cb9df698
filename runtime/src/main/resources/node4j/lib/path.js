'use strict';
// node:path: the POSIX flavour, which it is on this platform, with path.win32 beside it
// (internal/path/win32.js).

const { validateString, validateObject } = require('internal/validators');

// Collapses "." and ".." segments of a path without its leading slash.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join('/');
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : process.cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    absolute = path[0] === '/';
  }
  const normalized = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${normalized}`;
  return normalized.length > 0 ? normalized : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path[0] === '/';
  const trailingSlash = path[path.length - 1] === '/';
  let normalized = normalizeSegments(path, !absolute);
  if (normalized.length === 0) {
    if (absolute) return '/';
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) normalized += '/';
  return absolute ? `/${normalized}` : normalized;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path[0] === '/';
}

function join(...args) {
  if (args.length === 0) return '.';
  const parts = [];
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) parts.push(arg);
  }
  return parts.length === 0 ? '.' : normalize(parts.join('/'));
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path[0] === '/';
  let end = -1;
  let sawNonSlash = false;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] === '/') {
      if (sawNonSlash) {
        end = i;
        break;
      }
    } else {
      sawNonSlash = true;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  if (end === 0) return '';
  const start = path.lastIndexOf('/', end - 1) + 1;
  const base = path.slice(start, end);
  if (suffix !== undefined && suffix.length > 0 && base.endsWith(suffix)) {
    // A suffix that is the whole name is removed, except when the path ended in a slash.
    if (base === suffix && end !== path.length) return base;
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extname(path) {
  validateString(path, 'path');
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : '';
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  if (path[0] === '/') result.root = '/';
  const base = basename(path);
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const ext = extname(path);
  result.base = base;
  // Node's quirk: "/.." alone parses as name "." with extension ".".
  result.ext = path === '/..' ? '.' : ext;
  result.name = result.ext ? base.slice(0, base.length - result.ext.length) : base;
  const dirEnd = end - base.length;
  if (dirEnd > 1) result.dir = path.slice(0, dirEnd - 1);
  else if (result.root) result.dir = '/';
  if (base === '' && result.root) result.dir = '/';
  return result;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return require('internal/path/glob').matchesGlob(path, pattern, false);
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, matchesGlob, sep: '/', delimiter: ':', win32: null, posix: null, _makeLong: toNamespacedPath,
};
const win32 = require('internal/path/win32');
win32.win32 = win32;
win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix.win32 = win32;
posix.posix = posix;

module.exports = posix;
