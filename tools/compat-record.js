'use strict';
// Records the expected output of compatibility scripts with the oracle Node that runs this file.
// Usage (through tools/oracle record): node compat-record.js [FILE|DIR ...]
//
// For test/compat/<area>/<name>.js it writes, next to the script:
//   <name>.out   stdout, byte for byte
//   <name>.exit  the exit status, only when it is not 0
//   <name>.err   stderr, only for scripts that ask for it with "// compat: stderr"
// Each script runs twice; a script whose two runs differ is refused, since the suite must be
// deterministic. The conventions (directives, working directory, environment, path placeholder) are
// the ones test/compat/README.md describes and the JUnit runner applies.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const compatRoot = path.resolve(__dirname, '..', 'test', 'compat');
const PLACEHOLDER = '<compat>';
const TIMEOUT_MS = 60_000;

function parseDirectives(source) {
  const directives = { process: false, tty: false, stderr: false, args: [], stdin: null, env: {}, fifos: [], skipRecord: false };
  for (const line of source.split('\n').slice(0, 10)) {
    const m = /^\/\/\s*compat:\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    for (const word of m[1].trim().split(/\s+/)) {
      if (word === 'process') directives.process = true;
      else if (word === 'tty') directives.tty = directives.process = true;
      else if (word === 'stderr') directives.stderr = true;
      else if (word.startsWith('arg=')) directives.args.push(word.slice(4));
      else if (word.startsWith('stdin=')) directives.stdin = word.slice(6);
      else if (/^env=[^=]+=/.test(word)) {
        const [key, ...value] = word.slice(4).split('=');
        directives.env[key] = value.join('=');
        directives.process = true;
      } else if (word.startsWith('fifo=')) directives.fifos.push(word.slice(5));
      else throw new Error(`unknown compat directive "${word}"`);
    }
  }
  return directives;
}

function collect(targets) {
  const files = [];
  const walk = (p) => {
    if (path.basename(p) === 'node_modules') return; // npm fixtures (tools/npm-fixtures), not scripts
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (/\.(js|mjs|cjs|ts|mts|cts)$/.test(p) && !path.basename(p).startsWith('_')
               && !p.split(path.sep).includes('fixtures')) {
      files.push(path.resolve(p));
    }
  };
  for (const t of targets.length ? targets : [compatRoot]) walk(path.resolve(t));
  return files;
}

// Paths under test/compat become <compat>; the pid in Node's "(node:PID)" warning prefix becomes <pid>.
function normalize(text) {
  return text.split(compatRoot).join(PLACEHOLDER).replace(/\(node:\d+\)/g, '(node:<pid>)');
}

function runOnce(file, directives) {
  const rel = path.relative(compatRoot, file);
  const input = directives.stdin === null ? ''
    : fs.readFileSync(path.resolve(path.dirname(file), directives.stdin));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LANG: 'C.UTF-8', ...directives.env };
  // Named pipes a script needs ("fifo=PATH", under test/compat), made fresh for each run.
  for (const fifo of directives.fifos) {
    fs.rmSync(path.join(compatRoot, fifo), { force: true });
    spawnSync('mkfifo', [path.join(compatRoot, fifo)]);
  }
  // "tty": on a pseudo-terminal made by script(1), whose transcript (CR LF newlines, stderr mixed
  // in) is the recorded stdout; the terminal gets no input.
  const quote = (word) => `'${word.replace(/'/g, "'\\''")}'`;
  const r = directives.tty
    ? spawnSync('script', ['-qec', ['exec', ...[process.execPath, rel, ...directives.args].map(quote)].join(' '),
      '/dev/null'], { cwd: compatRoot, env, timeout: TIMEOUT_MS, encoding: 'buffer',
      stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, [rel, ...directives.args], {
      cwd: compatRoot, env, timeout: TIMEOUT_MS, encoding: 'buffer', input,
      maxBuffer: 64 * 1024 * 1024,
    });
  for (const fifo of directives.fifos) fs.rmSync(path.join(compatRoot, fifo), { force: true });
  if (r.error) throw r.error;
  const status = r.status ?? 128 + (require('node:os').constants.signals[r.signal] ?? 0);
  return {
    stdout: normalize(r.stdout.toString('latin1')),
    stderr: normalize(r.stderr.toString('latin1')),
    status,
  };
}

function writeOrRemove(file, content) {
  if (content === null) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, content, 'latin1');
}

let refused = 0;
for (const file of collect(process.argv.slice(2))) {
  if (!file.startsWith(compatRoot + path.sep)) {
    console.error(`skip ${file}: not under ${compatRoot}`);
    continue;
  }
  const rel = path.relative(compatRoot, file);
  const directives = parseDirectives(fs.readFileSync(file, 'utf8'));
  const a = runOnce(file, directives);
  const b = runOnce(file, directives);
  const differs = a.stdout !== b.stdout || a.status !== b.status
      || (directives.stderr && a.stderr !== b.stderr);
  if (differs) {
    refused++;
    console.error(`REFUSED ${rel}: two runs under the oracle differ (non-deterministic script)`);
    continue;
  }
  const base = file.replace(/\.(js|mjs|cjs|ts|mts|cts)$/, '');
  writeOrRemove(base + '.out', a.stdout);
  writeOrRemove(base + '.exit', a.status === 0 ? null : `${a.status}\n`);
  writeOrRemove(base + '.err', directives.stderr ? a.stderr : null);
  console.log(`recorded ${rel} (exit ${a.status}, ${a.stdout.length} bytes of stdout)`);
}
process.exitCode = refused ? 1 : 0;
