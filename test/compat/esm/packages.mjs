// Packages: "exports" with the import condition, subpaths and patterns, legacy "main" (the importing
// module, in fixtures/, finds them in fixtures/node_modules).
await import('./fixtures/package-user.mjs');
try {
  await import('esm-pkg');
} catch (err) {
  console.log(err.code, err.message);
}
