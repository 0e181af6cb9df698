// An unhandled rejection under each --unhandled-rejections mode, and warn-with-error-code with an
// 'unhandledRejection' listener, each run as a child process (fixtures/cli/rejection.js).
const run = require('./fixtures/cli/run');
for (const mode of ['throw', 'strict', 'warn', 'warn-with-error-code', 'none']) {
  run([`--unhandled-rejections=${mode}`, 'rejection.js']);
}
run(['--unhandled-rejections=warn-with-error-code', 'rejection.js', 'listener']);
