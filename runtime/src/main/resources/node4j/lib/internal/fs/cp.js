'use strict';
// fs.cp, fs.cpSync and fsPromises.cp: copy a file, a symlink or (recursive) a directory tree.
// The asynchronous forms report problems as Node's SystemErrors (ERR_FS_CP_*, syscall 'cp'); the
// synchronous form checks the two paths up front and throws plain coded Errors worded as Node's
// native cpSync does.

const fs = require('fs');
const fsp = require('internal/fs/promises').exports;
const pathModule = require('path');
const {
  getValidatedPath, validateBoolean, validateFunction, validateObject,
} = require('internal/fs/utils');
const {
  codes: {
    ERR_FS_CP_EINVAL, ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_CP_EEXIST, ERR_FS_EISDIR,
    ERR_FS_CP_SOCKET, ERR_FS_CP_FIFO_PIPE, ERR_FS_CP_UNKNOWN, ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_RETURN_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

const defaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false, mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
                      'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  const { mode } = options;
  if (mode != null) {
    if (typeof mode !== 'number') throw new ERR_INVALID_ARG_TYPE('mode', 'integer', mode);
    if (!(mode >= 0 && mode <= 7)) throw new ERR_OUT_OF_RANGE('mode', '>= 0 && <= 7', mode);
  }
  options.mode = mode | 0;
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function cpError(Code, errno, code, message, path) {
  return new Code({ message, path, syscall: 'cp', errno, code });
}

function isPromiseLike(value) {
  return value !== null && typeof value === 'object' && typeof value.then === 'function';
}

function areIdentical(a, b) {
  return b.ino !== 0n && b.dev !== 0n && a.ino === b.ino && a.dev === b.dev;
}

function isSrcSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function linkTarget(path, link) {
  return pathModule.isAbsolute(link) ? link : pathModule.resolve(pathModule.dirname(path), link);
}

// ------------------------------------------------------------------ asynchronous

async function cpAsync(src, dest, opts) {
  if (opts.filter && !(await opts.filter(src, dest))) return;
  const { srcStat, destStat } = await checkPaths(src, dest, opts);
  await checkParentPaths(src, srcStat, dest);
  const parent = pathModule.dirname(dest);
  if (!(await exists(parent))) await fsp.mkdir(parent, { recursive: true });
  return copyEntry(destStat, src, dest, opts);
}

async function exists(path) {
  try {
    await fsp.access(path);
    return true;
  } catch {
    return false;
  }
}

async function checkPaths(src, dest, opts) {
  const statFn = opts.dereference ? fsp.stat : fsp.lstat;
  const [srcStat, destStat] = await Promise.all([
    statFn(src, { bigint: true }),
    statFn(dest, { bigint: true }).then(undefined, (err) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    }),
  ]);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL', 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, EISDIR, 'EISDIR',
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, ENOTDIR, 'ENOTDIR',
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}

async function checkParentPaths(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) return;
  let destStat;
  try {
    destStat = await fsp.stat(destParent, { bigint: true });
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) {
    throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return checkParentPaths(src, srcStat, destParent);
}

async function copyEntry(destStat, src, dest, opts) {
  const srcStat = await (opts.dereference ? fsp.stat : fsp.lstat)(src);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError(ERR_FS_EISDIR, EISDIR, 'EISDIR', `${src} is a directory (not copied)`, src);
    }
    if (destStat && !opts.force && opts.errorOnExist) {
      throw cpError(ERR_FS_CP_EEXIST, EEXIST, 'EEXIST', `${dest} already exists`, dest);
    }
    if (!destStat) {
      await fsp.mkdir(dest);
      await copyDirAsync(src, dest, opts);
      return fsp.chmod(dest, srcStat.mode);
    }
    return copyDirAsync(src, dest, opts);
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError(ERR_FS_CP_EEXIST, EEXIST, 'EEXIST', `${dest} already exists`, dest);
        }
        return;
      }
      await fsp.unlink(dest);
    }
    await fsp.copyFile(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) await fsp.chmod(dest, srcStat.mode | 0o200);
      const now = await fsp.stat(src);
      await fsp.utimes(dest, now.atime, now.mtime);
    }
    return fsp.chmod(dest, srcStat.mode);
  }
  if (srcStat.isSymbolicLink()) return copyLinkAsync(destStat, src, dest, opts);
  throw unsupported(srcStat, dest, true);
}

function unsupported(srcStat, dest, async) {
  const [Code, code, what] =
    srcStat.isSocket() ? [ERR_FS_CP_SOCKET, 'ERR_FS_CP_SOCKET', 'a socket file'] :
    srcStat.isFIFO() ? [ERR_FS_CP_FIFO_PIPE, 'ERR_FS_CP_FIFO_PIPE', 'a FIFO pipe'] :
    [ERR_FS_CP_UNKNOWN, 'ERR_FS_CP_UNKNOWN', 'an unknown file type'];
  if (async) return cpError(Code, EINVAL, 'EINVAL', `cannot copy ${what}: ${dest}`, dest);
  return plainError(code, `Cannot copy ${what}: ${dest}`);
}

async function copyDirAsync(src, dest, opts) {
  const dir = await fsp.opendir(src);
  for await (const { name } of dir) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    if (opts.filter && !(await opts.filter(srcItem, destItem))) continue;
    const { destStat } = await checkPaths(srcItem, destItem, opts);
    await copyEntry(destStat, srcItem, destItem, opts);
  }
}

async function copyLinkAsync(destStat, src, dest, opts) {
  let target = await fsp.readlink(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = linkTarget(src, target);
  if (!destStat) return fsp.symlink(target, dest);
  let destTarget;
  try {
    destTarget = await fsp.readlink(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fsp.symlink(target, dest);
    throw err;
  }
  destTarget = linkTarget(dest, destTarget);
  const srcIsDir = await fsp.stat(src).then((s) => s.isDirectory(), () => false);
  if (srcIsDir && isSrcSubdir(target, destTarget)) {
    throw cpError(ERR_FS_CP_EINVAL, EINVAL, 'EINVAL',
                  `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
  }
  if (srcIsDir && isSrcSubdir(destTarget, target)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, EINVAL, 'EINVAL',
                  `cannot overwrite ${destTarget} with ${target}`, dest);
  }
  await fsp.unlink(dest);
  return fsp.symlink(target, dest);
}

// ------------------------------------------------------------------ synchronous

function plainError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function statNoThrow(path, follow) {
  return (follow ? fs.statSync : fs.lstatSync)(path, { bigint: true, throwIfNoEntry: false });
}

function checkPathsSync(src, dest, opts) {
  const srcStat = (opts.dereference ? fs.statSync : fs.lstatSync)(src, { bigint: true });
  const followedSrc = statNoThrow(src, true);
  const destStat = statNoThrow(dest, !opts.dereference);
  const srcIsDir = srcStat.isDirectory() || (opts.dereference && srcStat.isSymbolicLink());
  const followedDest = statNoThrow(dest, true);
  if (destStat) {
    if (followedSrc && followedDest && areIdentical(followedSrc, followedDest)) {
      throw plainError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
    }
    const destIsDir = destStat.isDirectory();
    if (srcIsDir && !destIsDir) {
      throw plainError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcIsDir && destIsDir) {
      throw plainError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  const shownSrc = srcIsDir && !src.endsWith('/') ? `${src}/` : src;
  if (srcIsDir && dest.startsWith(shownSrc)) {
    throw plainError('ERR_FS_CP_EINVAL', `Cannot copy ${shownSrc} to a subdirectory of self ${dest}`);
  }
  let parent = pathModule.dirname(dest);
  while (pathModule.dirname(src) !== parent && pathModule.dirname(parent) !== parent) {
    const parentStat = statNoThrow(parent, true);
    if (!parentStat) break;
    if (followedSrc && areIdentical(followedSrc, parentStat)) {
      throw plainError('ERR_FS_CP_EINVAL', `Cannot copy ${shownSrc} to a subdirectory of self ${dest}`);
    }
    parent = pathModule.dirname(parent);
  }
  if (srcIsDir && !opts.recursive) {
    throw plainError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${shownSrc}`);
  }
  if (srcStat.isSocket() || srcStat.isFIFO()) throw unsupported(srcStat, dest, false);
  const destParent = pathModule.dirname(dest);
  if (!destStat || !fs.existsSync(destParent)) fs.mkdirSync(destParent, { recursive: true });
}

function callFilterSync(opts, src, dest) {
  if (!opts.filter) return true;
  const include = opts.filter(src, dest);
  if (isPromiseLike(include)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', include);
  return include;
}

// Below the top level, without a filter, Node copies in native code, which keeps symbolic links as
// links even with `dereference` and words errorOnExist's error its own way.
function copyEntrySync(src, dest, opts, nested = false) {
  const native = nested && !opts.filter;
  const follow = opts.dereference && !native;
  const srcStat = (follow ? fs.statSync : fs.lstatSync)(src);
  const destStat = (follow ? fs.statSync : fs.lstatSync)(dest, { throwIfNoEntry: false });
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) fs.mkdirSync(dest);
    else if (!destStat.isDirectory()) {
      throw plainError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    const dir = fs.opendirSync(src);
    try {
      let entry;
      while ((entry = dir.readSync()) !== null) {
        const srcItem = pathModule.join(src, entry.name);
        const destItem = pathModule.join(dest, entry.name);
        if (callFilterSync(opts, srcItem, destItem)) copyEntrySync(srcItem, destItem, opts, true);
      }
    } finally {
      dir.closeSync();
      if (!destStat) fs.chmodSync(dest, srcStat.mode);
    }
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (destStat.isDirectory()) {
        throw plainError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
      }
      if (!opts.force) {
        if (opts.errorOnExist) {
          if (native) {
            throw plainError('ERR_FS_CP_EEXIST',
                             `[ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (${dest} already exists)`);
          }
          throw cpError(ERR_FS_CP_EEXIST, EEXIST, 'EEXIST', `${dest} already exists`, dest);
        }
        return;
      }
      fs.unlinkSync(dest);
    }
    fs.copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) fs.chmodSync(dest, srcStat.mode | 0o200);
      const now = fs.statSync(src);
      fs.utimesSync(dest, now.atime, now.mtime);
    }
    fs.chmodSync(dest, srcStat.mode);
    return;
  }
  if (srcStat.isSymbolicLink()) return copyLinkSync(destStat, src, dest, opts);
  throw unsupported(srcStat, dest, false);
}

function copyLinkSync(destStat, src, dest, opts) {
  let target = fs.readlinkSync(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = linkTarget(src, target);
  if (!destStat) return fs.symlinkSync(target, dest);
  if (!destStat.isSymbolicLink()) {
    // An existing file or directory where the link goes: only links replace links.
    if (!opts.force) return;
    fs.rmSync(dest, { recursive: true });
    return fs.symlinkSync(target, dest);
  }
  const destTarget = linkTarget(dest, fs.readlinkSync(dest));
  const srcIsDir = statNoThrow(src, true)?.isDirectory() ?? false;
  if (!opts.dereference && srcIsDir && isSrcSubdir(target, destTarget)) {
    throw plainError('ERR_FS_CP_EINVAL', `Cannot copy ${target} to a subdirectory of self ${destTarget}`);
  }
  if ((statNoThrow(dest, true)?.isDirectory() ?? false) && isSrcSubdir(destTarget, target)) {
    throw plainError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${destTarget} with ${target}`);
  }
  fs.unlinkSync(dest);
  return fs.symlinkSync(target, dest);
}

// ------------------------------------------------------------------ entry points

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpAsync(src, dest, options).then(() => callback(null), (err) => callback(err));
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  if (!callFilterSync(options, src, dest)) return;
  checkPathsSync(src, dest, options);
  copyEntrySync(src, dest, options);
}

async function cpPromise(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return cpAsync(src, dest, options);
}

module.exports = { cp, cpSync, cpPromise };
