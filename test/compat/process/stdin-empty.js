// Empty stdin: 'end' at once.
// compat: process
process.stdin.on('data', () => console.log('no data expected'));
process.stdin.on('end', () => console.log('end on empty stdin'));
