// Seed: 003_647264dd774c51c6.txt (LogRocket, "A complete guide to threads in Node.js"): "It's all good
// until there's a need to synchronously execute some complex operation: any function that takes too long
// to run will block the thread ... In this case, there's no way of delegating the work to the worker
// pool." A due timer and an immediate wait until the long synchronous function returns.
'use strict';
const order = [];
setTimeout(() => order.push('timer'), 0);
setImmediate(() => {
  order.push('immediate');
  console.log(order.join(' -> '));
});
function complexOperation() {
  let x = 0;
  const end = Date.now() + 50;
  while (Date.now() < end) x++;
  return x > 0;
}
order.push('before');
order.push(`complexOperation ${complexOperation()}`);
order.push('after');
