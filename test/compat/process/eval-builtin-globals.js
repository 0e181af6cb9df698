// node -e and -p see the builtin modules as globals (fs, path, os, util, zlib, crypto as the module,
// ...), loaded on first use, replaceable by assignment, not enumerable; a script read from stdin and
// an eval'd worker do not.
const { spawnSync } = require('child_process');
const run = require('./fixtures/cli/run');
run(['-e', "console.log(typeof fs, typeof path, typeof os, typeof util, typeof zlib, typeof events, typeof child_process, typeof worker_threads, crypto === require('crypto'), typeof module, __filename)"]);
run(['-e', "fs = 5; console.log(fs, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'fs')))"]);
run(['-p', "os.EOL.length + util.format('%d', 3) + path.posix.join('a', 'b')"]);
run(['-e', "const b = Object.getOwnPropertyDescriptor(globalThis, 'fs'); fs; const a = Object.getOwnPropertyDescriptor(globalThis, 'fs'); console.log(b.enumerable, a.enumerable, b.get.name, a.set.name, a.get === b.get, Object.keys(globalThis).includes('fs'), fs === require('fs'))"]);
run(['-e', "console.log(typeof globalThis['fs/promises'], typeof _stream_readable, typeof assert, assert === require('assert'))"]);
run(['-e', "new (require('worker_threads').Worker)('console.log(typeof fs, typeof require)', {eval: true})"]);
const piped = spawnSync(process.execPath, [], { input: 'console.log(typeof fs, typeof path)', encoding: 'utf8' });
console.log('--- stdin:', piped.stdout.trim());
