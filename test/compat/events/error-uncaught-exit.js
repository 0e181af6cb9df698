// An unhandled 'error' event is an uncaught exception: nothing after it runs and the exit status is 1.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log('before');
e.emit('error', 'nobody listens');
console.log('never printed');
