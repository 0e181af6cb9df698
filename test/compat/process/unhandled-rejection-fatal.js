// With no 'unhandledRejection' listener, a rejected non-Error ends the program with status 1 and
// Node's message on stderr.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(5);
