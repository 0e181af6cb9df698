// Blob.prototype.stream() is a byte ReadableStream of the blob's content; consumers read blobs too.
const { text, arrayBuffer, blob } = require('stream/consumers');
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  const b = new Blob(['hello ', 'world']);
  const s = b.stream();
  log(Object.prototype.toString.call(s), s.locked);
  let total = '';
  for await (const chunk of s) total += Buffer.from(chunk).toString();
  log(JSON.stringify(total));
  log(await text(new Blob(['x', 'y']).stream()));
  const reader = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(3));
  log('byob', Buffer.from(value).toString());
  const empty = new Blob([]).stream().getReader();
  log('empty', await empty.read());
  const fromStream = await blob(Readable.from(['p', 'q']));
  log(fromStream.size, await fromStream.text());
  log((await arrayBuffer(new Blob(['zz']).stream())).byteLength);
}
main();
