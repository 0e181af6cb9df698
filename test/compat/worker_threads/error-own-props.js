'use strict';
// A worker's uncaught error reaches the parent with its class and own properties (code, extra
// fields, cause); a subclass arrives as its nearest built-in error class.
const { Worker } = require('worker_threads');
const w = new Worker(`class MyError extends RangeError {}
const e = new MyError('custom');
e.code = 'E_CUSTOM';
e.details = { retry: false };
throw e;`, { eval: true });
w.on('error', (e) => {
  console.log(e instanceof RangeError, e.constructor.name, e.message, e.code, e.details);
  console.log(Object.keys(e), typeof e.stack);
});
w.on('exit', (code) => console.log('exit', code));
