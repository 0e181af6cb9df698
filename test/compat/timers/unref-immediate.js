// An unref'd immediate still runs while something else keeps the loop alive.
setImmediate(() => console.log('unref immediate runs')).unref();
setTimeout(() => console.log('timer'), 30);
