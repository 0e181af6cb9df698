// process.exit() cannot be caught: no catch and no finally block runs after it.
try {
  console.log('in try');
  process.exit(5);
} catch (e) {
  console.log('caught', e);
} finally {
  console.log('finally');
}
console.log('after');
