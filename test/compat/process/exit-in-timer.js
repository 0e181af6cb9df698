// process.exit() in a callback ends the program at once, after the 'exit' event.
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => {
  console.log('in timer');
  process.exit(4);
}, 1);
setTimeout(() => console.log('never'), 50);
