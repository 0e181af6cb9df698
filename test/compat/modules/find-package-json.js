// module.findPackageJSON(specifier, base): the package.json of a package (bare specifier), or the
// nearest one above the file or directory a path or URL resolves to; and its errors.
const { findPackageJSON } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const fixtures = path.join(__dirname, 'fixtures');
const base = path.join(fixtures, 'x.js');
const show = (v) => (typeof v === 'string' ? v.replace(__dirname, '.') : String(v));
const tries = [
  ['exp', base],
  ['exp/feature', base],
  ['exp/utils/a', pathToFileURL(base)],
  ['@scope/pkg', pathToFileURL(base).href],
  ['dep', base],
  ['./dir-main/', base],
  ['./dir-main/lib/entry.js', base],
  ['./node_modules/exp/feature/index.js', base],
  ['./self-ref/src/main.js', base],
  ['../fixtures/self-ref/src/helper.js', base],
  [pathToFileURL(path.join(fixtures, 'dir-main/lib/entry.js'))],
  [pathToFileURL(path.join(fixtures, 'dir-main/lib/entry.js')).href],
  [path.join(fixtures, 'dir-main/lib/entry.js')],
  ['./self-ref/src/index.js', base],
  ['no-such-package', base],
  ['fs', base],
  ['node:fs', base],
  ['./relative-without-base'],
  ['bare-without-base'],
  [5],
  ['./x', 5],
  ['./x', 'relative/base'],
  [],
];
for (const args of tries) {
  let result;
  try {
    result = show(findPackageJSON(...args));
  } catch (e) {
    result = `${e.name} ${e.code} ${show(e.message)}`;
  }
  console.log(JSON.stringify(args.map(show)), '->', result);
}
