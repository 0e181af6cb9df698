// Seed: 001_6131f5489183c113.txt (dev.to), "4. Poll: Retrieves new I/O events and executes their
// callbacks (like reading from a file or waiting for DB responses). If there are no I/O tasks: If there
// are setImmediate callbacks waiting, the poll phase ends and moves to check." The article's example is a
// simulated db.query callback; with no database here, a file read is the I/O.
'use strict';
const fs = require('fs');

fs.readFile(__filename, (err, data) => {
  if (err) throw err;
  console.log('I/O callback (poll phase): got', data.length > 0 ? 'data' : 'nothing');
  setTimeout(() => {
    console.log('setTimeout 0 scheduled in poll: next loop iteration (timers)');
    fs.stat(__filename, (err2, st) => {
      if (err2) throw err2;
      console.log('next I/O callback (poll again): is a file:', st.isFile());
    });
  }, 0);
  setImmediate(() => console.log('setImmediate scheduled in poll: check phase of this iteration'));
});
console.log('main script done; waiting for I/O');
