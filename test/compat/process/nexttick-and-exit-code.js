// process.exitCode set in a nextTick decides the status.
process.nextTick(() => {
  process.exitCode = 3;
  console.log('set');
});
