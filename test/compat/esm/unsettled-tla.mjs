// A top-level await that never settles: Node exits with status 13 when the loop empties.
// compat: stderr
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('waiting forever');
await new Promise(() => {});
console.log('never printed');
