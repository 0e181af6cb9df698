// Seed: 001_6131f5489183c113.txt (dev.to), "Synchronous vs. Asynchronous in Node.js", "1. Synchronous":
//   console.log("Start"); const result = doHeavyCalculation(); // Blocks until complete
//   console.log("Result:", result); console.log("End");
// doHeavyCalculation is not shown; here it is a loop, and a timer set before it shows the block.
'use strict';
function doHeavyCalculation() {
  let acc = 0;
  for (let i = 0; i < 1e7; i++) acc = (acc + i * i) % 1000003;
  return acc;
}
setTimeout(() => console.log('timer (due immediately) could only run after the calculation'), 0);
console.log("Start");
const result = doHeavyCalculation(); // Blocks until complete
console.log("Result:", result);
console.log("End");
