// An ES module has no require, exports, module, __filename or __dirname; this is undefined; strict.
console.log(typeof require, typeof exports, typeof module, typeof __filename, typeof __dirname);
console.log(this);
for (const read of [() => require, () => __dirname, () => module]) {
  try {
    read();
  } catch (err) {
    console.log(err.constructor.name, err.message);
  }
}
try {
  undeclared = 1;
} catch (err) {
  console.log(err.constructor.name);
}
