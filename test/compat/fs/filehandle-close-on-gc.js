// A FileHandle garbage-collected while open has its fd closed, with a warning for each and the
// DEP0137 deprecation once; closed handles and handles still referenced are left alone.
const { spawnSync } = require('child_process');
const path = require('path');

const fixture = path.join(__dirname, 'fixtures', 'gc-filehandles.js');
for (const args of [['--no-warnings', fixture, 'listen'], [fixture]]) {
  const r = spawnSync(process.execPath, ['--expose-gc', ...args], { encoding: 'utf8' });
  console.log(`--- status ${r.status}`);
  console.log(r.stdout.trimEnd());
  console.log(r.stderr.replace(/\(node:\d+\)/g, '(node:PID)').replace(/descriptor \d+/g, 'descriptor N').trimEnd());
}
