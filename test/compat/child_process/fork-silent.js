// compat: process
// fork with silent: the child's stdout is a pipe; a child that exits closes the channel itself, so the
// parent sees 'disconnect', 'exit' and 'close'.
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'fork-exit.js'), { silent: true });
const seen = [];
child.stdout.on('data', (d) => seen.push(`stdout ${JSON.stringify(String(d))}`));
child.on('message', (m) => seen.push(`message ${m}`));
child.on('disconnect', () => seen.push('disconnect'));
child.on('exit', (code, sig) => seen.push(`exit ${code} ${sig}`));
child.on('close', (code, sig) => {
  console.log(seen.sort().join('\n'));
  console.log('close', code, sig, child.connected);
});
console.log(child.stdio.length, child.stdio[3], child.stdin !== null);
try {
  child.send(undefined);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fork(path.join(__dirname, 'fixtures', 'fork-exit.js'), { stdio: ['pipe', 'pipe', 'pipe'] });
} catch (e) {
  console.log(e.code, e.message);
}
