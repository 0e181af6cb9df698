// process.exit(code) ends the program at once with that status; code after it never runs.
console.log('before');
process.exit(3);
console.log('never printed');
