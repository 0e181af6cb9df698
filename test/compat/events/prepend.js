// prependListener and prependOnceListener put listeners before the existing ones.
const EventEmitter = require('events');
const e = new EventEmitter();
const out = [];
e.on('x', () => out.push('on1'));
e.prependListener('x', () => out.push('prepend1'));
e.on('x', () => out.push('on2'));
e.prependOnceListener('x', () => out.push('prependOnce'));
e.prependListener('x', () => out.push('prepend2'));
e.emit('x');
console.log(out.join(' '));
out.length = 0;
e.emit('x');
console.log(out.join(' '));
console.log(e.prependListener('y', () => {}) === e, e.prependOnceListener('y', () => {}) === e, e.listenerCount('y'));
