// Resolution errors: ERR_MODULE_NOT_FOUND for files and packages, no extension search.
for (const specifier of ['./fixtures/nope.mjs', './fixtures/lib', 'no-such-package',
  'no-such-package/sub', '@scope/missing']) {
  try {
    await import(specifier);
    console.log('loaded', specifier);
  } catch (err) {
    console.log(err.constructor.name, err.code, err.message);
  }
}
