// compat: process
// A signal listener alone does not keep the program alive; removing the last listener restores the
// default action.
const onUsr2 = () => console.log('never: the program has already ended');
process.on('SIGUSR2', onUsr2);
console.log(process.listenerCount('SIGUSR2'));
process.removeListener('SIGUSR2', onUsr2);
console.log(process.listenerCount('SIGUSR2'));
