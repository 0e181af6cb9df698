// Top-level await interleaves with the loop: timers and immediates run while the module waits.
const order = [];
setTimeout(() => order.push('timeout 1'), 1);
process.nextTick(() => order.push('tick'));
order.push('before await');
await new Promise((resolve) => setTimeout(resolve, 20));
order.push('after await');
const value = await Promise.resolve('resolved');
console.log(order.join(', '), value);
for (let i = 0; i < 3; i++) {
  await new Promise((resolve) => setImmediate(resolve));
  console.log('round', i);
}
