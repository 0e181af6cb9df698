// While async pbkdf2 runs on the thread pool, the main thread stays free: a timer keeps firing.
const crypto = require('crypto');

let ticks = 0;
const interval = setInterval(() => { ticks++; }, 1);
let pending = 2;
let ticksWhenStarted = ticks;
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2('password', 'salt', 300000, 32, 'sha512', (err, key) => {
    if (err) throw err;
    if (--pending === 0) {
      clearInterval(interval);
      console.log('timer fired during async work:', ticks > ticksWhenStarted);
      console.log('key length:', key.length);
    }
  });
}
console.log('main thread continues at once:', pending === 2);
