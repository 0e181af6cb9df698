// The underscored fields of the global console and of Console instances that packages read.
'use strict';
const { Console } = require('console');
const { Writable } = require('stream');
console.log(console._stdout === process.stdout, console._stderr === process.stderr, console._ignoreErrors,
            typeof console._times.has, typeof console._stdoutErrorHandler, typeof console._stderrErrorHandler);
console.log(Object.keys(console).some((k) => k.startsWith('_')));
const out = new Writable({ write(chunk, enc, cb) { cb(); } });
const c = new Console({ stdout: out, ignoreErrors: false });
console.log(c._stdout === out, c._stderr === out, c._ignoreErrors,
            Object.getOwnPropertyNames(c).filter((k) => k.startsWith('_')).sort());
c.time('label');
console.log([...c._times.keys()]);
c.timeEnd('label');
console.log(c._times.size);
