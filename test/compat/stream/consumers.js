// node:stream/consumers over node streams, web streams and async iterables.
const { text, json, arrayBuffer, buffer } = require('stream/consumers');
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  log(await text(Readable.from(['hé', 'llo'])));
  log(await json(Readable.from(['{"a":', '[1,2]}'])));
  log(await text(ReadableStream.from(['web ', 'text'])));
  log(await text((async function* () { yield new Uint8Array([0xe2, 0x82]); yield new Uint8Array([0xac]); })()));
  const ab = await arrayBuffer(Readable.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  log(ab instanceof ArrayBuffer, ab.byteLength, Array.from(new Uint8Array(ab)));
  const buf = await buffer(Readable.from(['xy']));
  log(buf.length, Array.from(buf));
  try { await json(Readable.from(['{bad'])); } catch (e) { log(e.name); }
  log(Object.keys(require('stream/consumers')));
}
main();
