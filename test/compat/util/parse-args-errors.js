'use strict';
const { parseArgs } = require('util');
function t(cfg) {
  try { console.log(JSON.stringify(parseArgs(cfg))); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
const o = { f: { type: 'boolean', short: 'f' }, file: { type: 'string', short: 'F' } };
t({ args: ['--unknown'], options: o });
t({ args: ['--unknown'], options: o, allowPositionals: true });
t({ args: ['-u'], options: o });
t({ args: ['pos'], options: o });
t({ args: ['--file'], options: o });
t({ args: ['-F'], options: o });
t({ args: ['--f=1'], options: o });
t({ args: ['--file', '-x'], options: o });
t({ args: ['-F', '--x'], options: o });
t({ args: ['-f=1'], options: o });
t({ args: ['--file', '--', 'x'], options: o, allowPositionals: true });
t({ args: [1] });
