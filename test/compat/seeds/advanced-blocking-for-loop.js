// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js: A Hands on Guide to Event Loop, Child Process and
// Worker Threads"), "What happens when you run a Node.js Program?": "It will first print out Task 1 then
// Task 2 and then it will run the time consuming for loop (we won't see anything in the terminal for a
// couple seconds) and finally it will print out Task 3." (The code is an image; rebuilt from the text.)
'use strict';
console.log('Task 1');
console.log('Task 2');
let count = 0;
for (let i = 0; i < 1e8; i++) {
  count += i % 3;
}
console.log('loop result', count);
console.log('Task 3');
