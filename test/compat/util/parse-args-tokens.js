'use strict';
const { parseArgs } = require('util');
function t(cfg) {
  try { console.log(parseArgs(cfg)); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
const o = { f: { type: 'boolean', short: 'f' }, file: { type: 'string', short: 'F' } };
t({ args: ['--a', '--b=c', '-xyz', 'p', '--', 'q'], strict: false, tokens: true });
t({ args: ['-f', '--file', 'v', 'p'], options: o, tokens: true, allowPositionals: true });
t({ args: ['-fFv', '-F', 'w'], options: o, tokens: true });
t({ args: ['--no-f'], options: o, allowNegative: true });
t({ args: ['--no-file'], options: o, allowNegative: true });
t({ args: ['--no-f'], options: o });
t({ args: ['--no-f', '--f'], options: o, allowNegative: true, tokens: true });
t({ args: ['--no-x'], strict: false, allowNegative: true, tokens: true });
t({ args: ['--no-f=1'], options: o, strict: false, allowNegative: true });
