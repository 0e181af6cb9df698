// compat: tty env=TERM=xterm-256color
'use strict';
// On a terminal that shows colours the global console colours what it inspects, as Node's does:
// log/info/debug/dir/table on stdout, warn/error/assert on stderr; strings stay plain, and
// util.inspect and util.format stay colourless unless asked.
const util = require('node:util');
const { Console } = require('node:console');

console.log({ a: 1, s: 'str', n: null, u: undefined, f() {}, d: new Date(0), r: /x/g, sym: Symbol('s'), b: 10n,
              nested: { deep: { deeper: { deepest: 1 } } }, arr: [1, 'two', [3]], map: new Map([[1, 2]]) });
console.log('plain string', 42, true, null, undefined, 1.5, -0, Symbol('t'), 3n);
console.log('%s %d %i %f %j %o %O %c|', 'str', 5, 6.7, 8.9, { j: 1 }, { o: [1] }, { O: 'x' }, 'css');
console.info(['info', 1]);
console.debug(new Set(['debug']));
console.warn('warn', { w: 1 });
console.error(new Error('shown with its stack').message, [false]);
console.dir({ dir: 'x', n: 1 });
console.dir({ dir: 'x', n: 1 }, { colors: false });
console.table([{ a: 1, b: 'x' }, { a: { c: 1 }, b: [1, [2]] }]);
console.table(new Map([['k', { v: true }]]));
console.assert(false, 'assert %o', { ok: false });
console.group('group', 1);
console.log({ inGroup: true });
console.groupEnd();
console.count();
console.count({ label: 'object label' });
console.log(util.inspect({ a: 1 }), util.format('%o', 5), util.inspect('s', { colors: true }));
console.log(util.styleText('red', 'red text'), util.styleText(['bold', 'underline'], 'styled'));
console.log(util.styleText('green', 'to stderr', { stream: process.stderr }));
console.log(util.styleText('green', 'not validated', { validateStream: false }));

const plain = new Console({ stdout: process.stdout, stderr: process.stderr, colorMode: false });
plain.log({ colorMode: false });
const auto = new Console(process.stdout);
auto.log({ colorMode: 'auto' });
const options = { depth: 0 };
const custom = new Console({ stdout: process.stdout, inspectOptions: options });
custom.log({ a: { b: 1 } });
console.log(options);
console.clear();
console.log('after clear');
