// compat: process
// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."), "Child Process in Node": "The child_process
// module gives node the ability to spawn child process by accessing operating system commands."
'use strict';
const { spawn, execFileSync } = require('child_process');

console.log('execFileSync:', execFileSync('echo', ['hello from', 'echo']).toString().trim());
const child = spawn('sh', ['-c', 'echo "out: $0"; echo "err line" 1>&2; exit 3', 'sh-arg']);
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code, signal) => {
  console.log('stdout:', JSON.stringify(out));
  console.log('stderr:', JSON.stringify(err));
  console.log('exit code', code, 'signal', signal);
});
