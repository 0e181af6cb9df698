'use strict';
// process.getActiveResourcesInfo() and process._getActiveRequests() for requests in flight: fs
// callbacks (FSReqCallback, still listed in its own callback), fs/promises (FSReqPromise, still listed
// in the promise's reactions), dns.lookup and lookupService. crypto and zlib jobs are not ReqWraps and
// are not listed. One step at a time, so that each list is the same on every run.
const fs = require('fs');
const dns = require('dns');
const seen = [];
const info = () => JSON.stringify(process.getActiveResourcesInfo());
const names = () => process._getActiveRequests().map((r) => r.constructor.name).join(',');

const steps = [
  (next) => {
    fs.stat(__filename, () => {
      seen.push(`in stat callback: ${info()}`);
      setImmediate(() => {
        seen.push(`after stat: ${info()}`);
        next();
      });
    });
    seen.push(`stat: ${info()} ${names()}`);
    const a = process._getActiveRequests();
    const b = process._getActiveRequests();
    seen.push(`same object twice: ${a[0] === b[0]}, oncomplete: ${typeof a[0].oncomplete}`);
  },
  (next) => {
    fs.promises.stat(__filename).then(() => {
      seen.push(`in stat reaction: ${info()}`);
      setImmediate(() => {
        seen.push(`after promises.stat: ${info()}`);
        next();
      });
    });
    seen.push(`promises.stat: ${info()} ${names()}`);
  },
  (next) => {
    dns.lookup('localhost', () => {
      seen.push(`in lookup callback: ${info()}`);
      setImmediate(next);
    });
    seen.push(`lookup: ${info()} ${names()}`);
  },
  (next) => {
    dns.lookupService('127.0.0.1', 22, () => setImmediate(next));
    seen.push(`lookupService: ${info()} ${names()}`);
  },
  (next) => {
    let left = 2;
    const done = () => { if (--left === 0) setImmediate(next); };
    require('crypto').pbkdf2('secret', 'salt', 1000, 32, 'sha256', done);
    require('zlib').gzip('abc', done);
    seen.push(`pbkdf2 and gzip: ${info()} ${names()}`);
  },
  (next) => {
    fs.open(__filename, (err, fd) => {
      fs.read(fd, Buffer.alloc(10), 0, 10, 0, () => {
        fs.close(fd, () => setImmediate(next));
        seen.push(`close: ${info()}`);
      });
      seen.push(`read: ${info()}`);
    });
    seen.push(`open: ${info()}`);
  },
];

(function run() {
  const step = steps.shift();
  if (step) step(run);
})();

process.on('exit', () => {
  seen.push(`exit: ${info()}`);
  console.log(seen.join('\n'));
});
