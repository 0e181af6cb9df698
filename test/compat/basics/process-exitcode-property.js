// process.exitCode sets the status of a program that ends normally.
process.exitCode = 4;
console.log('exitCode is', process.exitCode);
