// compat: process
// The same exit behaviour in a JVM of its own, as bin/node4j runs it.
console.log('own process', process.argv.slice(2));
process.exit(7);
