'use strict';
const { parseArgs } = require('util');
function t(cfg) {
  try { console.log(JSON.stringify(parseArgs(cfg))); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
t({ args: [], options: { a: { type: 'string', default: 'x' }, b: { type: 'boolean', default: true }, c: { type: 'string', multiple: true, default: ['1'] } } });
t({ args: ['--a', 'y', '--c', '2'], options: { a: { type: 'string', default: 'x' }, c: { type: 'string', multiple: true, default: ['1'] } } });
t({ args: [], options: { a: { type: 'string', default: 1 } } });
t({ args: [], options: { a: { type: 'boolean', default: 'x' } } });
t({ args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
t({ args: [], options: { a: { type: 'string', multiple: true, default: [1] } } });
t({ args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 'x'] } } });
t({ args: [], options: { a: { type: 'nope' } } });
t({ args: [], options: { a: {} } });
t({ args: [], options: { a: { type: 'string', short: 'ab' } } });
t({ args: [], options: { a: { type: 'string', short: 1 } } });
t({ args: [], options: { a: 'x' } });
t({ args: [], options: { a: { type: 'string', multiple: 1 } } });
t({ args: 'x' });
t({ strict: 1 });
t({ allowPositionals: 1 });
t({ tokens: 1 });
t({ allowNegative: 1 });
t({ options: 1 });
t({ options: null });
t(1);
t();
