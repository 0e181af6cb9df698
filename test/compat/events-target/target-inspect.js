// util.inspect of EventTargets and subclasses.
const util = require('util');
const t = new EventTarget();
console.log(t, util.inspect(t, { depth: -1 }), util.inspect(t, { depth: 0 }));
t.addEventListener('x', () => {});
console.log(util.inspect(t));
console.log(util.inspect({ t }));
class Emitterish extends EventTarget {}
console.log(util.inspect(new Emitterish()), util.inspect(new Emitterish(), { depth: -1 }));
console.log(Object.prototype.toString.call(t), Object.getOwnPropertyNames(t), Object.getOwnPropertySymbols(t).map(String));
