// Timers run by expiry, then by creation order; ticks and promises run between timer callbacks;
// arguments pass through; clearTimeout works on objects and on their numeric ids.
setTimeout(() => console.log('250 ms'), 250);
setTimeout(() => console.log('150 ms a'), 150);
setTimeout((x, y) => console.log('150 ms b', x, y), 150, 'x', 'y');
setTimeout(() => {
  console.log('50 ms');
  process.nextTick(() => console.log('tick between timers'));
  Promise.resolve().then(() => console.log('promise between timers'));
}, 50);
const t = setTimeout(() => console.log('never (object)'), 2);
clearTimeout(t);
const u = setTimeout(() => console.log('never (id)'), 2);
clearTimeout(+u);
console.log(typeof +u, t.hasRef(), typeof t.ref, typeof t.refresh);
