// setInterval repeats until cleared, also from inside its own callback.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => console.log('done after', n), 20);
  }
}, 5);
