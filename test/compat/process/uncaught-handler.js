// An 'uncaughtException' listener keeps the program alive; later callbacks still run.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('still running'), 5);
Promise.reject(new Error('rejected'));
