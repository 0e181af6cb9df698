// import() of built-ins, with and without the node: scheme; the same namespace each time.
const a = await import('node:path');
const b = await import('path');
console.log(a === b, a.default === b.default, typeof a.resolve);
try {
  await import('node:no-such-builtin');
} catch (err) {
  console.log(err.code, err.message);
}
