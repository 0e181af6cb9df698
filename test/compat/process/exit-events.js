// 'beforeExit' runs when the loop empties and may schedule more work; 'exit' runs once at the end
// with the exit code, and may change it through process.exitCode.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
});
