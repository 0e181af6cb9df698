// process.setUncaughtExceptionCaptureCallback: the callback takes uncaught exceptions (and
// unhandled rejections) instead of 'uncaughtException' listeners, after the monitor; setting a second
// one fails; null removes it, and the listeners are back.
'use strict';
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e) => console.log('listener', e.message));
console.log('has', process.hasUncaughtExceptionCaptureCallback());
for (const bad of [1, 'x', {}, undefined]) {
  try {
    process.setUncaughtExceptionCaptureCallback(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.setUncaughtExceptionCaptureCallback(function capture(e) {
  console.log('captured', e instanceof Error ? e.message : e, this === undefined || this === globalThis);
});
console.log('has', process.hasUncaughtExceptionCaptureCallback());
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
setTimeout(() => { throw new Error('from a timer'); }, 1);
setTimeout(() => { Promise.reject(new Error('rejected')); }, 5);
setTimeout(() => { throw 'a string'; }, 10);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log('has', process.hasUncaughtExceptionCaptureCallback());
  process.setUncaughtExceptionCaptureCallback(null);
  throw new Error('after removal');
}, 15);
process.on('exit', (code) => console.log('exit', code));
