'use strict';
// util.inspect of an error with colours, as Node: frames of the runtime's own modules grey (only for
// modules that exist), the working directory's part of a frame's path grey, package names after
// node_modules/ underlined.
const util = require('node:util');

const cwd = process.cwd();
const frames = [
  `    at foo (${cwd}/file.js:1:1)`,
  `    at bar (${cwd}/node_modules/pkg/index.js:2:2)`,
  `    at scoped (${cwd}/node_modules/@scope/pkg/node_modules/inner/x.js:2:2)`,
  `    at ${cwd}/anonymous.js:3:3`,
  `    at new Thing (${cwd}/sub/dir/thing.js:4:4)`,
  `    at async Promise.all (index 0)`,
  '    at node:internal/main:3:3',
  '    at node:fs:3:3',
  '    at Module._compile (node:internal/modules/cjs/loader:1:1)',
  '    at Object.readFileSync (node:fs:10:10)',
  '    at nowhere (node:not_a_module:1:1)',
  '    at other (/elsewhere/x.js:1:1)',
  `    at prefixOnly (${cwd}x/file.js:1:1)`,
  '    at <anonymous>',
  `    at file://${cwd}/esm.mjs:5:5`,
  `    at run (file://${cwd}/node_modules/p/esm.mjs:5:5)`,
];
const err = new Error('x');
err.stack = `Error: x\n${frames.join('\n')}`;
err.extra = 1;
console.log(JSON.stringify(util.inspect(err, { colors: true })).split('\\n').join('\n'));
console.log(JSON.stringify(util.inspect({ nested: err }, { colors: true })).split('\\n').join('\n'));
console.log(util.inspect(err, { colors: false }) === util.inspect(err));
