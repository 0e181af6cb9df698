// compat: stderr
// process.emitWarning: the 'warning' event and Node's report on stderr (pid masked by the test).
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('something odd', 'CustomWarning', 'CODE1');
process.emitWarning('plain');
console.log('sync done');
