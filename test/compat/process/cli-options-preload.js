// -r/--require (packages and files, resolved from the working directory; from NODE_OPTIONS too), V8
// heap and stack options (accepted), and the errors of bad options, each run as a child process.
const run = require('./fixtures/cli/run');
run(['-r', 'preloaded', '--require=./local-preload.js', '-e', 'console.log("main", N4J_PRELOADED)']);
run(['-e', 'console.log("main", globalThis.N4J_PRELOADED)'], { NODE_OPTIONS: '--require preloaded --no-warnings' });
run(['-r', './missing-preload.js', '-e', '1']);
run(['--max-old-space-size=64', '--max-semi-space-size=2', '--stack-size=900', '-e', 'console.log(process.execArgv)']);
run(['--unhandled-rejections=sometimes', '-e', '1']);
run(['--env-file=missing.env', '-e', '1']);
run(['--require']);
