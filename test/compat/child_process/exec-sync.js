// compat: stderr
// execSync and execFileSync: output, errors with status/stderr, and stderr inherited by default.
const { execSync, execFileSync } = require('child_process');

console.log(JSON.stringify(execSync('echo hello').toString()));
console.log(JSON.stringify(execSync('printf "%s" text', { encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('printf', ['%s|%s', 'a', 'b']).toString()));
console.log(JSON.stringify(execSync('cat', { input: 'from input', encoding: 'utf8' })));
// stderr of a child goes to ours unless stdio is given
execSync('echo inherited-stderr >&2');
try {
  execSync('echo to-err >&2; exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal, Object.keys(e));
  console.log(JSON.stringify(e.stderr.toString()), e.output.length);
}
try {
  execFileSync('sh', ['-c', 'exit 9'], { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status);
}
try {
  execFileSync('no-such-program-node4j', ['z']);
} catch (e) {
  console.log(e.message, e.code, e.errno, Object.keys(e), e.error === e, e.status, e.output);
}
try {
  execSync('kill -TERM $$', { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal);
}
