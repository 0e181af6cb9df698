// Options with values and their effects, each run as a child process: --disable-warning (code and
// type, repeated), --stack-trace-limit, --title, --expose-gc (also spelled with '_'),
// --env-file, --env-file-if-exists (fixtures/cli/warnings.js).
const run = require('./fixtures/cli/run');
for (const flags of [['--disable-warning=W1'], ['--disable-warning', 'DeprecationWarning', '--disable-warning=W1'],
  ['--stack-trace-limit=3', '--title=n4j-title'], ['--expose-gc', '--env-file=vars.env'],
  ['--expose_gc', '--env-file-if-exists=missing.env']]) {
  run([...flags, 'warnings.js']);
}
