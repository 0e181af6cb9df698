// The command-line options node4j honours, each run as a child process: warnings (--no-warnings,
// --no-deprecation, --throw-deprecation, --trace-deprecation, --trace-warnings, --disable-warning),
// --stack-trace-limit, --title, --expose-gc, --env-file(-if-exists), -r/--require (packages and
// files, from the working directory; NODE_OPTIONS too), --unhandled-rejections modes, V8 heap options
// (accepted), and the errors for bad ones. Frames inside node: modules, pids and the executable's
// path are left out: they differ between runtimes.
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'cli');
function run(args, env = {}) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  const clean = (text) => text.split('\n')
    .filter((l) => !/^\s+at .*\bnode:/.test(l) && !/^node:internal\//.test(l))
    .join('\n').replaceAll(process.execPath, 'NODE').replace(/\(node:\d+\)/g, '(node:PID)').trimEnd();
  console.log(`--- ${args.join(' ')}${Object.keys(env).length ? ` (env ${JSON.stringify(env)})` : ''}: status ${r.status}`);
  if (r.stdout) console.log(clean(r.stdout));
  if (r.stderr) console.log(clean(r.stderr));
}

for (const flags of [[], ['--no-warnings'], ['--no-deprecation'], ['--throw-deprecation'],
  ['--trace-deprecation'], ['--trace-warnings'], ['--disable-warning=W1'],
  ['--disable-warning', 'DeprecationWarning', '--disable-warning=W1'], ['--stack-trace-limit=3', '--title=n4j-title'],
  ['--expose-gc', '--env-file=vars.env'], ['--expose_gc', '--env-file-if-exists=missing.env']]) {
  run([...flags, 'warnings.js']);
}
run(['-r', 'preloaded', '--require=./local-preload.js', '-e', 'console.log("main", N4J_PRELOADED)']);
run(['-e', 'console.log("main", globalThis.N4J_PRELOADED)'], { NODE_OPTIONS: '--require preloaded --no-warnings' });
run(['-r', './missing-preload.js', '-e', '1']);
for (const mode of ['throw', 'strict', 'warn', 'warn-with-error-code', 'none']) {
  run([`--unhandled-rejections=${mode}`, 'rejection.js']);
}
run(['--unhandled-rejections=warn-with-error-code', 'rejection.js', 'listener']);
run(['--max-old-space-size=64', '--max-semi-space-size=2', '--stack-size=900', '-e', 'console.log(process.execArgv)']);
run(['--unhandled-rejections=sometimes', '-e', '1']);
run(['--env-file=missing.env', '-e', '1']);
run(['--require']);
