// Timers due in the same timers phase run in creation order, with ticks and promises between them.
const start = Date.now();
for (let i = 0; i < 5; i++) {
  setTimeout(() => {
    console.log('timer', i);
    process.nextTick(() => console.log('  tick', i));
  }, 20);
}
while (Date.now() - start < 40);
