const v8 = require('v8');
const tag = v8.cachedDataVersionTag();
console.log(typeof tag, Number.isInteger(tag), tag >= 0 && tag < 2 ** 32, tag === v8.cachedDataVersionTag());
for (const s of ['', 'abc', 'é', 'ÿ', 'Ā', '😀', 'a'.repeat(100) + 'Ω']) console.log(JSON.stringify(s).slice(0, 12), v8.isStringOneByteRepresentation(s));
console.log(v8.setFlagsFromString(''), v8.setFlagsFromString('--stack-trace-limit=3'));
function deep(n) {
  return n === 0 ? new Error('deep') : deep(n - 1);
}
console.log(deep(10).stack.split('\n').length);
console.log(v8.takeCoverage(), v8.stopCoverage());
console.log(require('module').builtinModules.includes('v8'), require('node:v8') === v8);
