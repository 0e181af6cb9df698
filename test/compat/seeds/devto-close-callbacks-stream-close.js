// Seed: 001_6131f5489183c113.txt (dev.to), "6. Close Callbacks: Runs cleanup code when something closes
// (like sockets, streams, or file descriptors)."
//   stream.on("close", () => { console.log("Stream closed. Cleanup runs in Close Callbacks phase."); });
'use strict';
const fs = require('fs');

const stream = fs.createReadStream(__filename);
let bytes = 0;
stream.on('data', (chunk) => { bytes += chunk.length; });
stream.on('end', () => console.log('end: read the whole file:', bytes === fs.statSync(__filename).size));
stream.on("close", () => {
  console.log("Stream closed. Cleanup runs in Close Callbacks phase.");
});
