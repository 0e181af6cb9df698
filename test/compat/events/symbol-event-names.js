// Symbols work as event names; eventNames() lists strings and symbols in the order they were first added.
const EventEmitter = require('events');
const e = new EventEmitter();
const s1 = Symbol('one');
const s2 = Symbol();
e.on('b', () => {});
e.on(s1, (x) => console.log('s1 got', x));
e.on('a', () => {});
e.on(s2, () => console.log('s2'));
e.on('1', () => {});
console.log(e.eventNames().map(String).join(' '));
console.log(e.emit(s1, 5), e.emit(s2), e.emit(Symbol('one')));
e.removeAllListeners(s1);
console.log(e.eventNames().map(String).join(' '), e.listenerCount(s2));
console.log(new EventEmitter().eventNames().length);
