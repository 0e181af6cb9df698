// on/addListener and emit: listeners run in order with the emitter as this and the emit arguments; emit returns whether anyone listened.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e.emit('data', 1), e.on('data', function (a, b) {
  console.log('first', this === e, a, b, arguments.length);
}) === e);
e.addListener('data', (...args) => console.log('second', args.length, args.join('|')));
e.on('data', function () { console.log('third', this === e); });
console.log(e.emit('data', 1, 'two'));
console.log(e.emit('data'));
console.log(e.emit('other', 1));
const same = () => console.log('same');
e.on('dup', same);
e.on('dup', same);
console.log(e.emit('dup'), e.listenerCount('dup'));
console.log(e.emit(undefined), e.on(undefined, () => console.log('undefined event')) === e, e.emit(undefined));
console.log(e.emit(1), e.on('1', () => console.log('"1" and 1 are the same name')) === e, e.emit(1));
