'use strict';
// Streams list their events as Node's do: Stream.prototype has its own eventNames.
const { Stream, Readable, PassThrough } = require('stream');
console.log(Object.hasOwn(Stream.prototype, 'eventNames'), Stream.prototype.eventNames.name);
const r = new Readable({ read() {} });
console.log(r.eventNames());
const onData = () => {};
r.on('data', onData);
r.prependListener('end', () => {});
r.once('close', () => {});
console.log(r.eventNames());
r.removeListener('data', onData);
r.removeAllListeners('close');
console.log(r.eventNames());
const p = new PassThrough();
r.pipe(p);
console.log(r.eventNames(), p.eventNames());
r.unpipe(p);
console.log(r.eventNames(), p.eventNames());
