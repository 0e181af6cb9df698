// compat: stderr
// A capture callback that throws ends the process with status 7 and the report of what it threw.
'use strict';
process.setUncaughtExceptionCaptureCallback((e) => {
  console.log('captured', e.message);
  throw 'the capture callback failed';
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('first'); }, 1);
