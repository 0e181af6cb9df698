// fib(30), 30 times in one process: how fast JS runs once the JIT has warmed up.
'use strict';
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
const start = Date.now();
let total = 0;
for (let i = 0; i < 30; i++) total += fib(30);
const ms = Date.now() - start;
console.log(total);
console.log(`bench-ms: ${ms}`);
