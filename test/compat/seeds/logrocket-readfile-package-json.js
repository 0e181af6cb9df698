// Seed: 003_647264dd774c51c6.txt (LogRocket, "A complete guide to threads in Node.js"), "How Node.js
// really works": "With both of these mechanisms, we are able to write code like this:
//   fs.readFile(path.join(__dirname, './package.json'), (err, content) => { if (err) { return null; } ..."
// "The aforementioned fs module tells the worker pool to use one of its threads to read the contents of a
// file and notify the event loop when it is done." The package.json read is fixtures/package.json.
'use strict';
const fs = require('fs');
const path = require('path');

fs.readFile(path.join(__dirname, './fixtures/package.json'), (err, content) => {
  if (err) {
    return null;
  }
  console.log('content is a Buffer:', Buffer.isBuffer(content));
  console.log(JSON.parse(content.toString()).name);
  // The same call on a file that is not there: the callback gets the error.
  fs.readFile(path.join(__dirname, './no-such-package.json'), (err2, content2) => {
    if (err2) {
      console.log('missing file:', err2.code, err2.syscall, content2);
      return null;
    }
  });
});
console.log('the event loop continues while the file is read');
