'use strict';
// compat: process
// util.setTraceSigInt: a SIGINT nobody listens to prints the interrupted stack and ends the process by
// SIGINT; a program's SIGINT listener wins; disabled, the signal just ends the process. (Node's frames
// below the program's own are its internals: only the header and the first frame are compared.)
const { spawn } = require('child_process');
const programs = {
  busy: `require('util').setTraceSigInt(true); console.log('ready'); function spin() { for (;;) {} } spin();`,
  idle: `require('util').setTraceSigInt(true); console.log('ready'); setTimeout(() => {}, 20000);`,
  listener: `require('util').setTraceSigInt(true); process.on('SIGINT', () => { console.log('listener'); process.exit(3); });
             console.log('ready'); setTimeout(() => {}, 20000);`,
  disabled: `const u = require('util'); u.setTraceSigInt(1); u.setTraceSigInt(0); console.log('ready'); setTimeout(() => {}, 20000);`,
};
(async () => {
  for (const [name, code] of Object.entries(programs)) {
    await new Promise((resolve) => {
      const child = spawn(process.execPath, ['-e', code]);
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => { err += d; });
      child.stdout.on('data', (d) => {
        out += d;
        if (out === 'ready\n') setTimeout(() => child.kill('SIGINT'), 300);
      });
      child.on('close', (code, signal) => {
        const lines = err.split('\n');
        console.log(name, code, signal, JSON.stringify(out), JSON.stringify(lines[0]),
                    /^ {4}at spin \(\[eval\]:1:\d+\)$/.test(lines[1] ?? ''));
        resolve();
      });
    });
  }
  const util = require('util');
  console.log(util.setTraceSigInt.length, util.setTraceSigInt(false), util.setTraceSigInt('x'), util.setTraceSigInt());
})();
