// The fatal report under --enable-source-maps (and NODE_OPTIONS): the original source line and
// caret when the map has the original text (sourcesContent, or the file on disk), else the compiled
// line; each run as a child process (fixtures/source-maps).
const { spawnSync } = require('child_process');
const path = require('path');
const dir = path.join(__dirname, 'fixtures', 'source-maps');

function run(label, args, env = {}) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  const clean = (text) => text.split('\n')
    .filter((l) => !/^\s+at .*\bnode:/.test(l))
    .join('\n').replaceAll(dir, '<dir>').replace(/^Node\.js v.*$/m, 'Node.js VERSION').trimEnd();
  console.log(`--- ${label}: status ${r.status}`);
  if (r.stdout) console.log(clean(r.stdout));
  if (r.stderr) console.log(clean(r.stderr));
}

// Six runs (each child process is a JVM start): the flag and NODE_OPTIONS, the original text from
// sourcesContent, from the file on disk, or missing; a timer, a rejection, an ES module.
const run3 = (label, code, env) => run(label, ['--stack-trace-limit=3', '-e', code], env);
run3('NODE_OPTIONS, sources content', "require('./dist/app.js').run(1)", { NODE_OPTIONS: '--enable-source-maps' });
const flag = (label, code) => run(label, ['--enable-source-maps', '--stack-trace-limit=3', '-e', code]);
flag('original on disk', "require('./dist/inline.js').run(2)");
flag('original missing', "require('./dist/min.js')()");
flag('timer, constructor', "setTimeout(() => new (require('./dist/app.js').Shape)(1), 1)");
flag('rejection', "require('./dist/app.js').later(4)");
flag('es module, method', "import('./dist/app.mjs').then((m) => new m.Shape(5).area())");
