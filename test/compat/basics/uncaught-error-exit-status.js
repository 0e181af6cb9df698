// An uncaught exception ends the program with status 1, after what was already printed.
console.log('printed first');
throw new Error('boom');
