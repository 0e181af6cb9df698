'use strict';
// fs.glob, fs.globSync and fsPromises.glob: the paths under `cwd` that match shell patterns
// (*, **, ?, [...], [!...], {a,b}), in Node's order. The walk keeps a stack of directories to visit,
// each with the pattern positions still to match there: matches found while reading a directory come
// out at once, in name order; subdirectories wait on the stack, the last pushed visited first.

const fs = require('fs');
const pathModule = require('path');
const { toPathIfFileURL, validateFunction, validateObject, Dirent } = require('internal/fs/utils');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// ------------------------------------------------------------------ patterns

// Braces, segments and their matching are path.matchesGlob's (minimatch's rules, as in Node);
// the walk below only decides which directories to read.
const { expandBraces, compileSegment, matchSegment: matchCompiledSegment, optimize, GLOBSTAR: kGlobStar } =
  require('internal/path/glob');

function compilePattern(pattern) {
  // As in Node on POSIX, a backslash separates path segments rather than escaping.
  pattern = pattern.replaceAll('\\', '/');
  const absolute = pattern.startsWith('/');
  const segments = optimize(pattern.split('/')).filter((s, i) => s !== '' && !(s === '.' && i === 0));
  // Repeated '**' mean the same as one.
  const compiled = [];
  for (const s of segments) {
    const c = compileSegment(s);
    if (c === kGlobStar && compiled[compiled.length - 1] === kGlobStar) continue;
    compiled.push(c);
  }
  return { absolute, segments: compiled, dirOnly: pattern.endsWith('/') };
}

function matchSegment(matcher, name) {
  return matchCompiledSegment(matcher, name, false);
}

// A whole relative path against a pattern (for `exclude` patterns).
function matchPath(pattern, path) {
  const names = path === '.' ? [] : path.split('/');
  const segs = pattern.segments;
  const match = (i, j) => {
    if (i === segs.length) return j === names.length;
    if (segs[i] === kGlobStar) {
      if (match(i + 1, j)) return true;
      return j < names.length && names[j][0] !== '.' && match(i, j + 1);
    }
    return j < names.length && matchSegment(segs[i], names[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

// ------------------------------------------------------------------ the walk

function validatePatterns(patterns) {
  if (Array.isArray(patterns)) {
    patterns.forEach((p, i) => {
      if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE(`patterns[${i}]`, 'string', p);
    });
    return patterns;
  }
  if (typeof patterns !== 'string') throw new ERR_INVALID_ARG_TYPE('patterns', 'string', patterns);
  return [patterns];
}

class Glob {
  constructor(patterns, options = {}) {
    validateObject(options, 'options');
    const { exclude, withFileTypes } = options;
    if (exclude != null && typeof exclude !== 'function' && !Array.isArray(exclude)) {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    }
    this.cwd = pathModule.resolve(toPathIfFileURL(options.cwd ?? process.cwd()));
    this.withFileTypes = Boolean(withFileTypes);
    this.excludeFn = typeof exclude === 'function' ? exclude : null;
    this.excludePatterns = Array.isArray(exclude) ?
      exclude.flatMap(expandBraces).map(compilePattern) : [];
    this.patterns = validatePatterns(patterns).flatMap(expandBraces).map(compilePattern);
    this.results = new Map();
    this.readdirCache = new Map();
  }

  full(path) {
    return pathModule.resolve(this.cwd, path);
  }

  entries(path) {
    let list = this.readdirCache.get(path);
    if (list === undefined) {
      try {
        list = fs.readdirSync(this.full(path), { withFileTypes: true });
      } catch {
        list = [];
      }
      this.readdirCache.set(path, list);
    }
    return list;
  }

  direntOf(path) {
    const full = this.full(path);
    const st = fs.lstatSync(full, { throwIfNoEntry: false });
    if (!st) return null;
    const type = st.isDirectory() ? 2 : st.isSymbolicLink() ? 3 : st.isFile() ? 1 : 0;
    return new Dirent(pathModule.basename(full), type, pathModule.dirname(full));
  }

  excluded(path, dirent) {
    if (this.excludeFn) return Boolean(this.excludeFn(this.withFileTypes ? dirent : path));
    return this.excludePatterns.some((pattern) => matchPath(pattern, path));
  }

  emit(path, dirent) {
    if (this.results.has(path)) return;
    dirent ??= this.withFileTypes ? this.direntOf(path) : null;
    this.results.set(path, this.withFileTypes ? dirent : path);
  }

  run() {
    const stack = [];
    const visited = new Map();
    const schedule = (path, pattern, index, pending) => {
      const key = `${this.patterns.indexOf(pattern)}:${index}`;
      let seen = visited.get(path);
      if (seen === undefined) visited.set(path, seen = new Set());
      if (seen.has(key)) return;
      seen.add(key);
      let item = pending.get(path);
      if (item === undefined) {
        item = { path, keys: [] };
        pending.set(path, item);
        stack.push(item);
      }
      item.keys.push([pattern, index]);
    };
    const roots = new Map();
    for (const pattern of this.patterns) schedule(pattern.absolute ? '/' : '.', pattern, 0, roots);
    // Roots are visited in the order given.
    stack.reverse();
    while (stack.length > 0) {
      const item = stack.pop();
      this.visit(item, schedule);
    }
    return [...this.results.values()];
  }

  visit({ path, keys }, schedule) {
    const pending = new Map();
    const isDir = (dirent) => dirent.isDirectory();
    // '**' also matches nothing: its next position applies here too.
    for (let k = 0; k < keys.length; k++) {
      const [pattern, index] = keys[k];
      if (pattern.segments[index] === kGlobStar && !keys.some(([p, i]) => p === pattern && i === index + 1)) {
        keys.push([pattern, index + 1]);
      }
    }
    if (keys.some(([pattern, index]) => index === pattern.segments.length)) this.emit(path);
    for (const [pattern, index] of keys) {
      const { segments } = pattern;
      if (index >= segments.length) continue;
      const segment = segments[index];
      const last = index === segments.length - 1;
      if (typeof segment === 'string') {
        const child = join(path, segment);
        if (last) {
          const dirent = this.direntOf(child);
          if (dirent && (!pattern.dirOnly || isDir(dirent)) && !this.excluded(child, dirent)) {
            this.emit(child, dirent);
          }
        } else if (fs.statSync(this.full(child), { throwIfNoEntry: false })?.isDirectory() &&
                   !this.excluded(child, this.withFileTypes ? this.direntOf(child) : null)) {
          schedule(child, pattern, index + 1, pending);
        }
        continue;
      }
      for (const dirent of this.entries(path)) {
        const child = join(path, dirent.name);
        if (segment === kGlobStar) {
          if (dirent.name[0] === '.') continue;
          if (this.excluded(child, dirent)) continue;
          if (isDir(dirent)) schedule(child, pattern, index, pending);
          else if (last && !pattern.dirOnly) this.emit(child, dirent);
          continue;
        }
        if (!matchSegment(segment, dirent.name) || this.excluded(child, dirent)) continue;
        if (last) {
          if (!pattern.dirOnly || isDir(dirent)) this.emit(child, dirent);
        } else if (isDir(dirent)) schedule(child, pattern, index + 1, pending);
      }
    }
  }
}

function join(dir, name) {
  if (dir === '.') return name;
  return dir === '/' ? `/${name}` : pathModule.join(dir, name);
}

// ------------------------------------------------------------------ entry points

function globSync(pattern, options = undefined) {
  return new Glob(pattern, options).run();
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  let results;
  try {
    results = new Glob(pattern, options).run();
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  // Node walks asynchronously: the answer comes in a later turn of the loop.
  setImmediate(callback, null, results);
}

async function* globIterator(pattern, options = undefined) {
  yield* new Glob(pattern, options).run();
}

module.exports = { glob, globSync, globIterator };
