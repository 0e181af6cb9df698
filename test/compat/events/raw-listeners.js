// listeners() unwraps once-wrappers; rawListeners() returns them, each with .listener; both are copies.
const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a ran'); return 'a'; }
function b() { console.log('b ran'); }
e.on('x', a);
e.once('x', b);
const list = e.listeners('x');
const raw = e.rawListeners('x');
console.log(list[0] === a, list[1] === b, raw[0] === a, raw[1] === b, raw[1].listener === b, typeof raw[1]);
console.log(raw[1].name, raw[1].length, raw[0].listener);
list.pop(); raw.pop();
console.log(e.listenerCount('x'), e.listeners('x').length);
console.log(raw[0](), e.rawListeners('x')[1].call(e), e.listenerCount('x'));
e.once('y', a);
const w = e.rawListeners('y')[0];
e.emit('y');
console.log(w(), e.listenerCount('y'));
console.log(JSON.stringify(e.listeners('none')), JSON.stringify(e.rawListeners('none')));
const single = new EventEmitter();
single.once('s', b);
console.log(single.listeners('s')[0] === b, single.rawListeners('s')[0] !== b);
