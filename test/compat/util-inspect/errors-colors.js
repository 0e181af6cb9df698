// colored error stacks: node-internal frames grey, node_modules package names (scoped too) underlined
let inspect;
console.log({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { inspect = i; return 'got inspect'; } });
const e = new Error('colored');
e.stack = 'Error: colored\n    at userFn (/app/main.js:1:1)\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at node:internal/main/run_main_module:33:47\n    at dep (/app/node_modules/some-pkg/index.js:2:2)\n    at dep2 (/app/node_modules/@scope/pkg/index.js:2:2)';
console.log(JSON.stringify(inspect(e, { colors: true })));
console.log(JSON.stringify(inspect({ e }, { colors: true })));
console.log(inspect(e));
