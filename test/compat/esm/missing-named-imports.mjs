// A module that imports names from a module or package that cannot be found fails with
// ERR_MODULE_NOT_FOUND (not a "does not provide an export" SyntaxError), however the names are
// written: named, renamed, default, string names, re-exports, files without semicolons.
const here = new URL('.', import.meta.url).pathname;
for (const name of ['named', 'package-mixed', 'reexport', 'no-semicolons']) {
  try {
    await import(`./fixtures/missing-deps/${name}.mjs`);
    console.log(name, 'loaded');
  } catch (err) {
    console.log(name, err.constructor.name, err.code, err.message.replaceAll(here, '<dir>/'));
  }
}
