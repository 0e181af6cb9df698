// bin/node4j examples/hello.js [name]
const who = process.argv[2] || 'world';
console.log(`Hello, ${who}, from node4j ${process.versions.node4j} (Node.js ${process.version} API)`);
