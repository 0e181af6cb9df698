// util.inspect of events (timeStamp varies: masked).
const util = require('util');
const mask = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: T');
const ev = new Event('foo', { cancelable: true });
console.log(mask(util.inspect(ev)));
console.log(util.inspect(ev, { depth: -1 }), util.inspect(ev, { depth: 0 }));
console.log(mask(util.inspect({ a: ev })));
console.log(mask(util.inspect(new CustomEvent('c', { detail: { a: 1 } }))));
class MyEvent extends Event {}
console.log(mask(util.inspect(new MyEvent('mine'))));
const p = new Event('p', { cancelable: true }); p.preventDefault();
console.log(mask(util.inspect(p)));
console.log(Object.prototype.toString.call(ev), Object.prototype.toString.call(new CustomEvent('c')));
console.log(Object.keys(ev), Object.getOwnPropertyNames(ev), Object.getOwnPropertySymbols(ev).length);
