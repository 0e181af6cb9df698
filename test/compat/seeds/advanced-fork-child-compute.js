// compat: process
// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."), "Child Process in Node": "Let's assume we have
// a REST endpoint that has a long-running function and we would like to use multiple cores in our
// processor to execute this function ... In the example above we demonstrate how we can spin off a new
// process and share data between them. Using the forked process we can take advantage of multiple cores"
// (the code is an image; a reader asks about its process.on('ml_algo' ...)). Without the REST endpoint
// (see pending/_pending-advanced-fork-rest-endpoint-express.js): the parent forks
// fixtures/advanced-compute-child.js, sends it the input, and prints the result it sends back.
'use strict';
const path = require('path');
const { fork } = require('child_process');

const child = fork(path.join(__dirname, 'fixtures', 'advanced-compute-child.js'));
child.on('message', (msg) => {
  console.log('parent got from child:', msg);
  console.log('child pid differs from parent:', child.pid !== process.pid);
});
child.on('exit', (code, signal) => console.log('child exited', code, signal));
child.send({ n: 1e7 });
console.log('parent: work sent to the child; parent keeps serving');
