'use strict';
// Console's colorMode: 'auto' (colours when the stream is a terminal with more than 2 colours), true,
// false; inspectOptions take the first answer as their colors; the option errors; console.table's
// cells (objects of more than two keys shown as [Object]) and console.clear on a terminal.
const { Console } = require('node:console');
const { Writable } = require('node:stream');

function sink(name, props = {}) {
  const out = new Writable({
    write(chunk, encoding, cb) {
      process.stdout.write(`${name}> ${JSON.stringify(String(chunk))}\n`);
      cb();
    },
  });
  return Object.assign(out, props);
}

const value = { n: 1, s: 'x', list: [true, null] };
const terminal = sink('tty', { isTTY: true, getColorDepth: () => 8 });
const mono = sink('mono', { isTTY: true, getColorDepth: () => 1 });
const noDepth = sink('nodepth', { isTTY: true });
const pipe = sink('pipe');

new Console(terminal).log(value);
new Console(mono).log(value);
new Console(noDepth).log(value);
new Console(pipe).log(value);
new Console({ stdout: pipe, colorMode: true }).log(value, 'str', 5);
new Console({ stdout: terminal, colorMode: false }).log(value);
new Console({ stdout: pipe, stderr: terminal }).error('to stderr', value);
new Console({ stdout: terminal, stderr: pipe }).warn('warn', value);
new Console({ stdout: terminal }).dir(value, { colors: false });
new Console({ stdout: terminal }).table([{ a: 1, b: { c: { d: 1 } } }, { a: { p: 1, q: 2, r: 3 } }]);

const options = { depth: 0 };
new Console({ stdout: terminal, inspectOptions: options }).log({ a: { b: 1 } });
console.log(options);
const later = { breakLength: 20 };
const c = new Console({ stdout: pipe, inspectOptions: later });
c.log({ a: 1 });
console.log(later);

for (const opts of [{ colorMode: 'x' }, { colorMode: 1 }, { colorMode: null }, { colorMode: true, inspectOptions: { colors: false } },
  { inspectOptions: 5 }, { inspectOptions: null }, { colorMode: undefined, inspectOptions: { colors: true } }]) {
  try {
    new Console({ stdout: pipe, ...opts });
    console.log('accepted', opts);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

new Console(terminal).clear();
new Console(pipe).clear();
console.clear();
console.log('end');
