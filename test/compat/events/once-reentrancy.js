// A once() wrapper counts as fired before it removes itself: calling it again from a 'removeListener' listener does nothing.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('x', (v) => console.log('once got', v));
const wrapper = e.rawListeners('x')[0];
e.on('removeListener', (type, fn) => {
  console.log('removeListener', type, typeof fn, wrapper('from removeListener'));
  console.log('emit again', e.emit('x', 'again'));
});
console.log(e.emit('x', 'first'));
console.log(wrapper('later'), e.listenerCount('x'));
