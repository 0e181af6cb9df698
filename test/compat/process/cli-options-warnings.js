// Warning options, each run as a child process: --no-warnings, --no-deprecation,
// --throw-deprecation, --trace-deprecation, --trace-warnings (fixtures/cli/warnings.js).
const run = require('./fixtures/cli/run');
for (const flags of [[], ['--no-warnings'], ['--no-deprecation'], ['--throw-deprecation'],
  ['--trace-deprecation'], ['--trace-warnings']]) {
  run([...flags, 'warnings.js']);
}
