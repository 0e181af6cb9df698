'use strict';
const t = require('./_t');

const util = require('util');
(async () => {
  const b = new Blob(['ab', Buffer.from('cd'), new Uint16Array([0x6665]), new ArrayBuffer(1), new Blob(['g'])], { type: 'Text/Plain' });
  console.log(b.size, b.type, util.inspect(b));
  console.log(await b.text());
  console.log(Buffer.from(await b.arrayBuffer()));
  console.log(await b.bytes());
  const s = b.slice(1, 4, 'x/Y');
  console.log(s.size, s.type, await s.text());
  console.log(await b.slice(-3).text(), await b.slice(2, 1).text(), await b.slice(undefined, -5).text());
  console.log(new Blob().size, new Blob([]).type, await new Blob([1, null, {}]).text());
  console.log(new Blob(['a'], { type: 'é' }).type, new Blob(['a\r\nb\rc'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size);
  for (const bad of ['abc', 5, null, {}]) { try { new Blob(bad); } catch (e) { console.log(e.code, e.message); } }
  try { new Blob([], { endings: 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { new Blob([], 5); } catch (e) { console.log(e.code, e.message); }
  console.log(Object.prototype.toString.call(b), b instanceof Blob, typeof Blob.prototype.stream);
  try { Blob.prototype.slice.call({}); } catch (e) { console.log(e.code, e.message); }
  await Blob.prototype.text.call({}).catch((e) => console.log(e.code, e.message));
  try { Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}); } catch (e) { console.log(e.code, e.message); }
})();
