'use strict';
// vm.measureMemory: V8's estimate of the memory JS objects use, here the JVM heap's use (every
// context of a process shares one heap: the whole is `total` and, in detailed results, `current`;
// `other` is empty, as Node 24 shows it). V8's 'default' execution waits for the next garbage
// collection, which an idle program may never have (the promise then never settles); here both
// executions settle on the loop's next check phase.

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                      'ExperimentalWarning');
}

function estimate() {
  const { heapUsed } = process.memoryUsage();
  return { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapUsed] };
}

function measure(mode) {
  return new Promise((resolve) => {
    setImmediate(() => {
      const result = { total: estimate(), WebAssembly: { code: 0, metadata: 0 } };
      if (mode === 'detailed') {
        result.current = estimate();
        result.other = [];
      }
      resolve(result);
    });
  });
}

module.exports = { warnOnce, measure };
