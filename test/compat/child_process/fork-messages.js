// compat: process
// fork: a child node with an IPC channel; JSON messages both ways, disconnect from the parent.
// (The parent that disconnects gets no 'close' from Node, only 'exit'.)
const { fork } = require('child_process');
const path = require('path');

const child = fork(path.join(__dirname, 'fixtures', 'fork-sum.js'), ['arg1']);
child.on('message', (m) => {
  console.log('parent got', m);
  if (m.done) child.disconnect();
});
child.on('disconnect', () => console.log('parent: disconnect', child.connected));
child.on('exit', (code, sig) => console.log('exit', code, sig));
child.on('close', (code, sig) => console.log('close', code, sig));
child.send({ start: 5 });
console.log('connected', child.connected, typeof child.send, child.stdio.length, child.stdout);
