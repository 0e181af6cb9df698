// node:stream/web exports and the globals.
const web = require('stream/web');
const log = (...a) => console.log(...a);
log(Object.keys(web).filter((k) => !/ompressionStream$/.test(k)));
for (const name of Object.keys(web)) {
  if (/ompressionStream$/.test(name) || name === 'ReadableStreamTee') continue;
  log(name, globalThis[name] === web[name], typeof web[name], web[name].name);
}
log(Object.keys(ReadableStream.prototype), Object.keys(WritableStream.prototype), Object.keys(TransformStream.prototype));
log(Object.keys(ReadableStreamDefaultReader.prototype), Object.keys(WritableStreamDefaultWriter.prototype));
log(typeof ReadableStream.from, ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
for (const C of [ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest, WritableStreamDefaultController, TransformStreamDefaultController]) {
  try { new C(); } catch (e) { log(C.name, e.name, e.code, e.message); }
}
const { isReadable, isErrored, isDisturbed, finished } = require('stream');
const rs = new ReadableStream();
log('node helpers on web streams', isDisturbed(rs), isErrored(rs));
const ended = ReadableStream.from([1]);
finished(ended, (err) => log('finished web stream', err));
const endedReader = ended.getReader();
endedReader.read().then(() => endedReader.cancel());
