// ByteLengthQueuingStrategy and CountQueuingStrategy.
const log = (...a) => console.log(...a);
const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const c = new CountQueuingStrategy({ highWaterMark: 4 });
log(b.highWaterMark, b.size(new Uint8Array(10)), c.highWaterMark, c.size('anything'));
log(b.size.name, c.size.name, b.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
log(Object.prototype.toString.call(b), Object.prototype.toString.call(c));
log(require('util').inspect(b), require('util').inspect(c));
for (const bad of [undefined, null, 5, {}]) {
  try { new CountQueuingStrategy(bad); } catch (e) { log(e.name, e.code, e.message); }
}
try { Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({}); } catch (e) { log(e.name); }
const rs = new ReadableStream({ start(ctl) { ctl.enqueue(new Uint8Array(10)); log('desiredSize', ctl.desiredSize); } }, b);
void rs;
log(new CountQueuingStrategy({ highWaterMark: '7' }).highWaterMark);
