// compat: process
// setuid/setgid/seteuid/setegid/setgroups/initgroups: argument checks, names looked up in the
// system's databases, Node's errors for failed calls (EPERM once the process is not root), and
// their refusal in workers. Root drops to uid 1234 first so both kinds of machine print the same.
'use strict';
const util = require('util');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const name of ['setuid', 'setgid', 'seteuid', 'setegid']) {
  attempt(`${name}({})`, () => process[name]({}));
  attempt(`${name}(-1)`, () => process[name](-1));
  attempt(`${name}(2**32)`, () => process[name](2 ** 32));
  attempt(`${name}(1.5)`, () => process[name](1.5));
  attempt(`${name}('no-such-name-x')`, () => process[name]('no-such-name-x'));
}
attempt('setgroups(1)', () => process.setgroups(1));
attempt('setgroups([{}])', () => process.setgroups([{}]));
attempt('setgroups([-1])', () => process.setgroups([-1]));
attempt("setgroups(['no-such-group-x'])", () => process.setgroups(['no-such-group-x']));
attempt('initgroups({}, 1)', () => process.initgroups({}, 1));
attempt("initgroups('root', {})", () => process.initgroups('root', {}));
attempt("initgroups('root', 'no-such-group-x')", () => process.initgroups('root', 'no-such-group-x'));

// Setting the ids already held is allowed to anyone.
attempt('setgid(getgid())', () => process.setgid(process.getgid()));
attempt('setegid(getegid())', () => process.setegid(process.getegid()));
attempt('setuid(getuid())', () => process.setuid(process.getuid()));
attempt('seteuid(geteuid())', () => process.seteuid(process.geteuid()));
attempt("setgid('root') as a name", () => {
  if (process.getuid() === 0) process.setgid('root');
  else throw new Error('not root');
});

if (process.getuid() === 0) process.setuid(1234);
console.log('uid is not 0:', process.getuid() !== 0);
try {
  process.setgroups([1]);
} catch (e) {
  console.log(util.inspect(e).split('\n')[0], Object.keys(e), e.errno, e.code, e.syscall);
  console.log('first frame:', e.stack.split('\n')[1].trim().split(' (')[0]);
}
attempt('setuid(0)', () => process.setuid(0));
attempt("initgroups('root', 0)", () => process.initgroups('root', 0));

const { Worker } = require('worker_threads');
new Worker(`
  for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
    try { process[name](0); } catch (e) { console.log(name, e.name, e.code, e.message); }
  }
`, { eval: true });
