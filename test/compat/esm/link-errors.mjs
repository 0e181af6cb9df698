// Errors of a module graph: a missing named export is a SyntaxError at link time; a module that
// throws while evaluating rejects import() with its error, and stays failed.
for (const specifier of ['./fixtures/missing-export.mjs', './fixtures/throws.mjs', './fixtures/throws.mjs']) {
  try {
    await import(specifier);
  } catch (err) {
    console.log(err.constructor.name, err.message);
  }
}
try {
  await import('./fixtures/syntax-error.mjs');
} catch (err) {
  console.log(err.constructor.name);
}
