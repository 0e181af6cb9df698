// compat: arg=first arg=--second arg=3
// process.argv: [execPath, script, ...args]; only the user's arguments are stable across machines.
console.log(process.argv.length);
console.log(process.argv.slice(2));
console.log(process.argv[1].endsWith('basics/process-argv.js'));
console.log(typeof process.argv[0]);
