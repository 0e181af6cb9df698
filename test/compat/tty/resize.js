// compat: tty
'use strict';
// A new terminal size reaches stdout and stderr (columns, rows, 'resize') through SIGWINCH; a
// SIGWINCH with the size unchanged emits nothing.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const line = (text) => fs.writeSync(1, `${text}\n`);

const { stdout, stderr } = process;
line(`start ${stdout.columns}x${stdout.rows} listeners ${process.listenerCount('SIGWINCH')}`);
stdout.on('resize', () => line(`stdout resize ${stdout.columns}x${stdout.rows} (stderr ${stderr.columns}x${stderr.rows})`));
stderr.on('resize', () => line(`stderr resize ${stderr.columns}x${stderr.rows}`));

const steps = [
  () => execFileSync('stty', ['cols', '100', 'rows', '40'], { stdio: 'inherit' }),
  () => process.kill(process.pid, 'SIGWINCH'),
  () => execFileSync('stty', ['cols', '72'], { stdio: 'inherit' }),
  () => line(`end ${JSON.stringify(stdout.getWindowSize())} ${JSON.stringify(stderr.getWindowSize())}`),
];
(function next() {
  const step = steps.shift();
  if (step) {
    step();
    setTimeout(next, 300);
  }
})();
