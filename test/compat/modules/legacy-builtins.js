// The legacy built-in names: sys (util, with DEP0025 once) and the _stream_* modules (the stream
// classes), with and without node:, from require() and import().
// compat: stderr
const stream = require('stream');
for (const [name, key] of [['_stream_duplex', 'Duplex'], ['_stream_passthrough', 'PassThrough'],
  ['_stream_readable', 'Readable'], ['_stream_transform', 'Transform'], ['_stream_writable', 'Writable']]) {
  console.log(name, require(name) === stream[key], require(`node:${name}`) === stream[key],
              require('module').isBuiltin(name));
}
console.log(require('sys') === require('util'), require('node:sys') === require('util'));
import('sys').then((m) => console.log('import', m.default === require('util'), typeof m.inspect));
