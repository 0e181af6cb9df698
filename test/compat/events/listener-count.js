// listenerCount(event[, listener]) counts listeners (or those that are, or wrap, the given one); the deprecated static events.listenerCount.
const EventEmitter = require('events');
const e = new EventEmitter();
const a = () => {};
const b = () => {};
console.log(e.listenerCount('x'), e.listenerCount('x', a));
e.on('x', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
e.once('x', a); e.on('x', b); e.prependOnceListener('x', a);
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('x', null));
e.once('y', b);
console.log(e.listenerCount('y', b), e.listenerCount('y', a), e.listenerCount('y', undefined));
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'nope'));
const custom = { listenerCount(type) { return `custom ${type}`; } };
console.log(EventEmitter.listenerCount(custom, 'x'));
for (const bad of [{ _events: { x: [a, b, a] } }, 1, 'str']) {
  try { EventEmitter.listenerCount(bad, 'x'); } catch (err) { console.log(err.code, err.message); }
}
try { EventEmitter.listenerCount(null, 'x'); } catch (err) { console.log(err.name); }
