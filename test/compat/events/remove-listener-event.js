// 'removeListener' is emitted after a listener is removed, with the unwrapped listener; it is not emitted once no listener is left.
const EventEmitter = require('events');
const e = new EventEmitter();
function a() {}
function b() {}
function c() {}
e.on('removeListener', function watch(type, fn) {
  console.log('removeListener', String(type), fn.name, e.listenerCount(type));
});
e.on('x', a); e.on('x', b); e.once('x', c);
e.removeListener('x', b);
e.removeListener('x', c);
e.emit('x');
e.removeListener('x', a);
e.once('y', c);
e.emit('y');
e.removeListener('x', a);
const f = new EventEmitter();
f.on('removeListener', function self(type, fn) { console.log('f saw', type, fn.name); });
f.removeListener('removeListener', f.listeners('removeListener')[0]);
console.log(f.listenerCount('removeListener'));
const g = new EventEmitter();
g.on('removeListener', function w1(type, fn) { console.log('g saw', type, fn.name); });
g.on('removeListener', function w2() {});
g.removeListener('removeListener', g.listeners('removeListener')[1]);
g.on('q', a);
g.removeListener('removeListener', g.listeners('removeListener')[0]);
g.removeListener('q', a);
console.log(JSON.stringify(g.eventNames()));
