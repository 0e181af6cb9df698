// An exception thrown by the entry module ends the process with status 1, after what ran.
console.log('before');
setTimeout(() => console.log('never runs'), 0);
throw new Error('boom');
