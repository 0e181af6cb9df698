// stream.compose and readable.compose.
const { compose, Readable, Transform, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  const double = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 2); } });
  const inc = async function* (src) { for await (const x of src) yield x + 1; };
  const composed = compose(double, inc);
  log('composed', composed.readable, composed.writable);
  const out = [];
  composed.on('data', (x) => out.push(x));
  composed.on('end', () => log('composed out', out));
  composed.write(1);
  composed.write(2);
  composed.end();
  await new Promise((res) => composed.on('close', res));
  log(await Readable.from([1, 2, 3]).compose(async function* (src) { for await (const x of src) yield x * 10; }).toArray());
  try { compose(); } catch (e) { log(e.name, e.code, e.message); }
  // (the message shows the stream through util.inspect, whose state fields differ: see docs/compat.md)
  try { compose(new Writable({ write(c, e, cb) { cb(); } }), new PassThrough()); } catch (e) { log(e.name, e.code, e.message.split(' Received')[0]); }
  try { compose(new PassThrough(), Readable.from([1])); } catch (e) { log(e.name, e.code, e.message.split(' Received')[0]); }
  const single = compose(new PassThrough());
  log('single', single.constructor.name);
}
main();
