// once(): the listener runs on the first emit only, removed before it is called, with this and arguments.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('x', function (a, b) {
  console.log('once', this === e, a, b, arguments.length, e.listenerCount('x'));
  e.emit('x', 'nested');
});
e.on('x', (a) => console.log('on', a));
console.log(e.emit('x', 1, 2));
console.log(e.emit('x', 3));
console.log(e.listenerCount('x'));
const f = () => console.log('f');
e.once('y', f);
e.once('y', f);
console.log(e.listenerCount('y'), e.emit('y'), e.listenerCount('y'), e.emit('y'), e.emit('y'));
console.log(e.once('z', () => 42) === e, e.rawListeners('z')[0].call(e), e.listenerCount('z'));
