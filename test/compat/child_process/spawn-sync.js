// spawnSync: status, signal, output, encodings, input, timeout, maxBuffer, a missing program.
const { spawnSync } = require('child_process');

const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log(Object.keys(r), r.status, r.signal, typeof r.pid, r.output.length, r.output[0]);
console.log(r.stdout, r.stderr.toString());
const s = spawnSync('sh', ['-c', 'printf text'], { encoding: 'utf8' });
console.log(JSON.stringify(s.stdout), JSON.stringify(s.stderr), s.status);
const cat = spawnSync('cat', { input: 'piped input' });
console.log(cat.stdout.toString());
const catBytes = spawnSync('cat', { input: new Uint8Array([104, 105]), encoding: 'latin1' });
console.log(catBytes.stdout);
const killed = spawnSync('sh', ['-c', 'kill -9 $$']);
console.log(Object.keys(killed), killed.status, killed.signal);
const slow = spawnSync('sleep', ['30'], { timeout: 200 });
console.log(Object.keys(slow), slow.error.message, slow.error.code, slow.error.errno, slow.error.syscall,
            slow.error.path, slow.error.spawnargs, slow.status, slow.signal);
const big = spawnSync('sh', ['-c', 'head -c 100000 /dev/zero; sleep 30'], { maxBuffer: 10 });
console.log(big.error.code, big.error.message, big.signal, big.stdout.length > 10);
const missing = spawnSync('no-such-program-node4j', ['x']);
console.log(Object.keys(missing), missing.error.message, missing.error.code, missing.error.path,
            missing.error.spawnargs, missing.status, missing.signal, missing.output, missing.pid,
            missing.stdout, missing.stderr);
const ignored = spawnSync('sh', ['-c', 'echo hidden'], { stdio: 'ignore' });
console.log(ignored.status, ignored.stdout, ignored.output);
const envd = spawnSync('sh', ['-c', 'echo "$FOO:$BAR"'], { env: { FOO: 'foo', BAR: 42 }, encoding: 'utf8' });
console.log(envd.stdout.trim());
const cwd = spawnSync('pwd', { cwd: '/tmp', encoding: 'utf8' });
console.log(cwd.stdout.trim());
const badCwd = spawnSync('pwd', { cwd: '/no/such/dir/node4j' });
console.log(badCwd.error.code, badCwd.error.syscall);
const shell = spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' });
console.log(shell.stdout.trim());
const argv0 = spawnSync('sh', ['-c', 'tr "\\0" " " < /proc/$$/cmdline'], { argv0: 'custom-name', encoding: 'utf8' });
console.log(JSON.stringify(argv0.stdout));
