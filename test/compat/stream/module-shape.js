// What require('stream') and friends export.
const stream = require('stream');
const log = (...a) => console.log(...a);
log(Object.keys(stream));
log(Object.keys(require('stream/promises')));
log(require('node:stream') === stream, stream.promises === require('stream/promises'));
log(Object.getOwnPropertyNames(stream.Readable).sort());
log(Object.getOwnPropertyNames(stream.Writable).sort());
log(Object.getOwnPropertyNames(stream.Duplex).sort());
log(Object.keys(stream.Readable.prototype));
log(Object.getOwnPropertyNames(stream.Writable.prototype).sort());
log(Object.getOwnPropertyNames(stream.Duplex.prototype).sort());
log(typeof stream.Transform, typeof stream.PassThrough, stream.PassThrough.prototype instanceof stream.Transform);
const util = require('util');
log(util.promisify(stream.pipeline) === stream.promises.pipeline, util.promisify(stream.finished) === stream.promises.finished);
log(stream.Readable.name, stream.Writable.name, stream.Duplex.name, stream.Transform.name, stream.PassThrough.name);
log(require('module').builtinModules.filter((m) => m.startsWith('stream')));
