'use strict';
// compat: stdin=fixtures/answers.txt
// A readline on process.stdin: questions answered by the next lines, then 'line' events, then
// 'close' when stdin ends.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('Name? ', (name) => {
  rl.question('Age? ', (age) => {
    console.log(`\n${name} is ${age}`);
    rl.on('line', (line) => console.log('line:', line));
  });
});
rl.on('close', () => console.log('closed'));
