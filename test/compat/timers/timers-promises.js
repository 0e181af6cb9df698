// timers/promises: setTimeout and setImmediate resolve with their value; setInterval iterates.
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');
(async () => {
  console.log(await sleep(5, 'slept'));
  console.log(await immediate('immediate value'));
  let n = 0;
  for await (const v of every(2, 'iv')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  const { scheduler } = require('node:timers/promises');
  await scheduler.wait(1);
  await scheduler.yield();
  console.log('scheduler done');
})();
