'use strict';
// path.win32: Windows paths (either slash separates; drive letters "C:", UNC roots "\\server\share")
// on any platform, as Node's path.win32 does. The working directory of a resolve is process.cwd().

const { validateString, validateObject } = require('internal/validators');

const isSep = (c) => c === 0x2f || c === 0x5c;
const isDriveLetter = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

// The root of a path: { device, rootEnd, absolute }, and uncOnly when the path is a bare
// "\\server\share" root with nothing after it. devicePaths: root "\\?\..." and "\\.\..." at the
// prefix (Node's normalize and resolve do; dirname and parse keep the UNC reading).
function parseRoot(path, devicePaths = false) {
  const len = path.length;
  const root = { device: '', rootEnd: 0, absolute: false, uncOnly: false };
  if (len === 0) return root;
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isSep(code)) {
      root.rootEnd = 1;
      root.absolute = true;
    }
    return root;
  }
  if (isSep(code)) {
    root.absolute = true;
    root.rootEnd = 1;
    if (!isSep(path.charCodeAt(1))) return root;
    let j = 2;
    let last = j;
    while (j < len && !isSep(path.charCodeAt(j))) j++;
    if (j < len && j !== last) {
      const server = path.slice(last, j);
      if (devicePaths && (server === '?' || server === '.') && j + 1 < len) {
        // A device path ("\\?\C:\x", "\\.\pipe\x"): Node 24 roots it at "\\?" / "\\.", and
        // what follows, drive or UNC included, is plain segments that ".." can remove.
        root.device = `\\\\${server}`;
        root.rootEnd = j;
        return root;
      }
      last = j;
      while (j < len && isSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        last = j;
        while (j < len && !isSep(path.charCodeAt(j))) j++;
        if (j === len || j !== last) {
          root.device = `\\\\${server}\\${path.slice(last, j)}`;
          root.rootEnd = j;
          root.uncOnly = j === len;
        }
      }
    }
    return root;
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === 0x3a) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

// Collapses "." and ".." segments; the result is joined with backslashes.
function normalizeTail(path, allowAboveRoot) {
  const out = [];
  for (const segment of path.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join('\\');
}

function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // The working directory of that drive, which Windows keeps in a hidden variable.
      path = process.env[`=${device}`] || process.cwd();
      if (path === undefined ||
          (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === 0x5c)) {
        path = `${device}\\`;
      }
    }
    const root = parseRoot(path, true);
    if (root.device.length > 0) {
      if (device.length > 0) {
        if (root.device.toLowerCase() !== device.toLowerCase()) continue;
      } else {
        device = root.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${path.slice(root.rootEnd)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = normalizeTail(tail, !absolute);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path.charCodeAt(0)) ? '\\' : path;
  const root = parseRoot(path, true);
  if (root.uncOnly) return `${root.device}\\`;
  let tail = root.rootEnd < len ? normalizeTail(path.slice(root.rootEnd), !root.absolute) : '';
  if (tail.length === 0 && !root.absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
  if (!root.absolute && root.device === '' && path.includes(':') && looksLikeDrive(path, tail)) {
    // A relative path must not come out looking like a drive or a stream ("a/CON:").
    return `.\\${tail}`;
  }
  if (root.device === '') return root.absolute ? `\\${tail}` : tail;
  return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
}

function looksLikeDrive(path, tail) {
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === 0x3a) return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const code = path.charCodeAt(0);
  return isSep(code) ||
    (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === 0x3a && isSep(path.charCodeAt(2)));
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // A UNC root must survive joining ("//server" + "share"), but "//" made of separate arguments
  // ("/", "/x") must not turn into one.
  let needsReplace = true;
  let slashCount = 0;
  if (isSep(first.charCodeAt(0))) {
    ++slashCount;
    const firstLen = first.length;
    if (firstLen > 1 && isSep(first.charCodeAt(1))) {
      ++slashCount;
      if (firstLen > 2) {
        if (isSep(first.charCodeAt(2))) ++slashCount;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
    if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';
  // Compared character by character (case-insensitively) without leading and trailing backslashes,
  // as Node does: the last backslash both share ends their common part.
  const BS = 0x5c;
  let fromStart = 0;
  while (fromStart < from.length && from.charCodeAt(fromStart) === BS) fromStart++;
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BS) fromEnd--;
  let toStart = 0;
  while (toStart < to.length && to.charCodeAt(toStart) === BS) toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BS) toEnd--;
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const shorter = Math.min(fromLen, toLen);
  let common = -1; // offset of the last shared backslash
  let i = 0;
  for (; i < shorter; i++) {
    const c = from.charCodeAt(fromStart + i);
    if (c !== to.charCodeAt(toStart + i)) break;
    if (c === BS) common = i;
  }
  if (i !== shorter) {
    // Different drives or UNC roots: nothing relative joins them.
    if (common === -1) return toOrig;
  } else {
    if (toLen > shorter) {
      if (to.charCodeAt(toStart + i) === BS) return toOrig.slice(toStart + i + 1); // from is a prefix
      if (i === 2) return toOrig.slice(toStart + i); // from is a drive root: 'C:' -> 'C:\foo'
    }
    if (fromLen > shorter) {
      if (from.charCodeAt(fromStart + i) === BS) common = i; // to is a prefix of from
      else if (i === 2) common = 3; // to is a drive root
    }
    if (common === -1) common = 0;
  }
  let up = '';
  for (let j = fromStart + common + 1; j <= fromEnd; j++) {
    if (j === fromEnd || from.charCodeAt(j) === BS) up += up.length === 0 ? '..' : '\\..';
  }
  let rest = toStart + common;
  if (up.length > 0) return `${up}${toOrig.slice(rest, toEnd)}`;
  if (toOrig.charCodeAt(rest) === BS) rest++;
  return toOrig.slice(rest, toEnd);
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === 0x5c) {
    if (resolved.charCodeAt(1) === 0x5c) {
      const c = resolved.charCodeAt(2);
      if (c !== 0x3f && c !== 0x2e) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === 0x3a &&
             resolved.charCodeAt(2) === 0x5c) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// Where the root ends, for dirname/basename/parse: a drive "C:", "C:\", a UNC root, or one slash.
function rootLength(path) {
  const root = parseRoot(path);
  if (root.uncOnly) return path.length;
  if (root.device.startsWith('\\\\')) {
    return root.rootEnd < path.length ? root.rootEnd + 1 : root.rootEnd;
  }
  return root.rootEnd;
}

function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const rootEnd = rootLength(path);
  if (rootEnd === len) return path;
  let end = -1;
  let matchedSlash = true;
  for (let i = len - 1; i >= rootEnd; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) {
    if (rootEnd === 0) return '.';
    end = rootEnd;
  }
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  let start = 0;
  if (path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === 0x3a) start = 2;
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  if (end === start) return '';
  let i = end - 1;
  while (i >= start && !isSep(path.charCodeAt(i))) i--;
  const base = path.slice(i + 1, end);
  if (suffix !== undefined && suffix.length > 0 && base.endsWith(suffix)) {
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
  return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  const rootEnd = rootLength(path);
  result.root = path.slice(0, rootEnd);
  if (rootEnd === path.length) {
    result.dir = result.root;
    return result;
  }
  let end = path.length;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end - 1;
  while (start >= rootEnd && !isSep(path.charCodeAt(start))) start--;
  start++;
  const base = path.slice(start, end);
  result.base = base;
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') {
    result.name = base;
  } else {
    result.name = base.slice(0, dot);
    result.ext = base.slice(dot);
  }
  if (start > rootEnd) result.dir = path.slice(0, start - 1);
  else result.dir = result.root;
  return result;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return require('internal/path/glob').matchesGlob(path, pattern, true);
}

module.exports = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename, extname,
  format, parse, matchesGlob, sep: '\\', delimiter: ';',
};
