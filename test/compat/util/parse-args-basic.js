'use strict';
const { parseArgs } = require('util');
function t(cfg) {
  try { console.log(JSON.stringify(parseArgs(cfg))); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
const o = { f: { type: 'boolean', short: 'f' }, file: { type: 'string', short: 'F' }, n: { type: 'string', multiple: true, short: 'n' } };
t({ args: ['-f', '--file', 'x', '-n', '1', '-n2', 'pos'], options: o, allowPositionals: true });
t({ args: ['--file=-x', '-F-y'], options: o });
t({ args: ['-fF', 'v'], options: o });
t({ args: ['-Ff'], options: o });
t({ args: ['--', '-f', '--x'], options: o, allowPositionals: true });
t({ args: ['-f', '--', 'a'], options: o, strict: false });
t({ args: ['--a', '--b=c', '-xyz', 'p', '-'], strict: false });
t({ args: ['-n', '1', '--n', '2'], options: o });
t({ args: ['--file', 'a', '--file', 'b'], options: o });
t({ args: ['-5'], strict: false });
t({ args: ['--f', '--f=false'], options: o, strict: false });
t({ args: ['-F', ''], options: o });
t({ args: ['---x'], strict: false });
t({ args: ['--=x'], strict: false });
t({ args: [] });
t({ args: ['a', 'b'], allowPositionals: true });
const r = parseArgs({ args: ['--f'], options: o });
console.log(Object.getPrototypeOf(r.values), r);
