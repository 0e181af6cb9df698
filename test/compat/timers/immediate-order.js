// setImmediate callbacks run in order; ones queued while the check phase runs wait for the next
// iteration, after ticks and promises of each callback.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 4 (next iteration)'));
  process.nextTick(() => console.log('tick after 1'));
  Promise.resolve().then(() => console.log('promise after 1'));
});
setImmediate((a) => console.log('immediate 2', a), 'arg');
const cleared = setImmediate(() => console.log('never'));
setImmediate(() => console.log('immediate 3'));
clearImmediate(cleared);
