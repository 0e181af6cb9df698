// compat: process
// CommonJS globals used in an ES module: Node adds "in ES module scope" (and, for a .js file that
// package.json "type" makes a module, why it is one) to the ReferenceError, uncaught or thrown by
// require(); a module that throws under require() throws once, as require()'s exception.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const dir = path.join(__dirname, 'fixtures', 'cjs-globals');
for (const file of ['uses-require.js', 'uses-exports.js', 'uses-dirname.mjs', 'uses-module.mjs']) {
  try {
    execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const lines = e.stderr.split('\n');
    console.log(`${file}: exit ${e.status}`);
    console.log(lines.slice(0, lines.findIndex((l) => l.startsWith('    at '))).join('\n'));
  }
}
let seen = 0;
process.on('uncaughtException', (e) => console.log('uncaught (not expected):', e.message));
for (const file of ['uses-module.mjs', 'uses-require.js', 'checks-module.mjs']) {
  try {
    console.log(file, require(`./fixtures/cjs-globals/${file}`));
  } catch (e) {
    seen++;
    console.log(file, e.name, e.message);
  }
}
setTimeout(() => console.log('errors thrown by require():', seen), 10);
