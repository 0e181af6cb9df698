// console.log and process.stdout.write share one stream: output order, write callbacks as ticks.
const log = (...a) => console.log(...a);
process.stdout.write('one\n', () => log('callback of one'));
log('two');
process.stdout.write('three\n');
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));
log('listeners on stdout', process.stdout.listenerCount('error'), process.stdout.writableLength);
process.stdout.on('drain', () => log('never drains: writes are synchronous'));
for (let i = 0; i < 3; i++) process.stdout.write(`${'x'.repeat(20000)}\n`.length + '\n');
log('needDrain', process.stdout.writableNeedDrain);
