// 'newListener' is emitted before a listener is added, with the event name and the unwrapped listener (for once() too).
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
function foo() { log.push('foo'); }
e.on('newListener', (type, fn) => {
  console.log('newListener', String(type), fn.name, e.listenerCount(type));
  if (type === 'x' && fn === foo) e.on('x', function added() { log.push('added-in-newListener'); });
});
e.on('x', foo);
e.emit('x');
console.log(log.join(' '));
e.once('y', function onceFn() {});
e.prependOnceListener('y', function prependOnceFn() {});
e.on(Symbol('sym'), function symFn() {});
e.on('newListener', function second() {});
console.log(e.listenerCount('newListener'));
try { e.on('z', 'nope'); } catch (err) { console.log(err.code); }
