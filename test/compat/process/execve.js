// compat: process
// process.execve: its argument checks, then the program replaced by /bin/sh with the given argv and
// environment; what was written before stays, and neither 'exit' nor the rest of the script runs.
'use strict';
for (const args of [[1], ['/bin/sh', 'x'], ['/bin/sh', ['sh', 1]], ['/bin/sh', ['sh', 'a\0b']],
                    ['/bin/sh', ['sh'], { A: 1 }], ['/bin/sh', ['sh'], { A: 'x\0y' }],
                    ['/bin/sh', ['sh'], 'env']]) {
  try {
    process.execve(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.on('exit', () => console.log('exit event (not expected)'));
process.stdout.write('written before execve\n');
process.execve('/bin/sh', ['sh', '-c', 'echo "replaced: $0 $GREETING"; echo "env has HOME: ${HOME:-no}"'],
               { GREETING: 'hello from sh' });
console.log('after execve (not expected)');
