// A paused stdin does not keep the program alive; nor does an unread one.
// compat: process stdin=fixtures/stdin-text.txt
const stdin = process.stdin;
stdin.on('data', (c) => console.log('data', c.length));
stdin.pause();
console.log('paused', stdin.isPaused());
setTimeout(() => console.log('timer still runs, then the program exits'), 5);
process.on('exit', () => console.log('exit'));
