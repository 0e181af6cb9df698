'use strict';
// console.log/info/debug/warn/error publish their arguments on the console.* channels before writing;
// console methods built on them (table, count, assert, group, time) publish too, dir does not.
const dc = require('node:diagnostics_channel');
const fs = require('node:fs');

const seen = [];
for (const name of ['console.log', 'console.info', 'console.debug', 'console.warn', 'console.error']) {
  dc.subscribe(name, (args, channelName) => seen.push([channelName, args.length, args.map(String)]));
}
console.log('a', 1);
console.info('i');
console.debug('d', { x: 1 });
console.warn('w');
console.error('e', 2);
console.dir({});
console.table([1]);
console.count('counter');
console.assert(false, 'as');
console.group('grouped');
console.groupEnd();
const kept = [];
dc.subscribe('console.log', (args) => kept.push(args));
console.log('%s=%d', 'n', 5);
process.stdout.write(`${JSON.stringify(seen)}\n`);
process.stdout.write(`${JSON.stringify(kept)}\n`);
