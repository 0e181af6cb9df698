// --import: ES modules (and CommonJS files, builtins) imported in turn, their top-level await settled,
// before the main script, -e or -p code runs; after -r preloads; a missing one is Node's
// ERR_MODULE_NOT_FOUND naming the working directory as the importer (fixtures/cli/import-*.js).
const run = require('./fixtures/cli/run');
run(['--import', './import-setup.mjs', 'import-main.js']);
run(['--import', './import-setup.mjs', '--import', './import-pre.cjs', '-r', './import-pre.cjs', 'import-main.js']);
run(['--import', './missing.mjs', 'import-main.js']);
run(['--import=./import-setup.mjs', '-e', "console.log('eval', fromSetup)"]);
run(['--import', 'node:fs', '-e', "console.log('ok')"]);
run(['--import', 'fs', '--import', './import-setup.mjs', '-p', 'fromSetup + 1']);
