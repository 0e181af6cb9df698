// setMaxListeners/getMaxListeners and defaultMaxListeners: values, return values and the validation errors.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e.getMaxListeners(), e._maxListeners, EventEmitter.defaultMaxListeners);
console.log(e.setMaxListeners(3) === e, e.getMaxListeners(), e._maxListeners);
console.log(e.setMaxListeners(0).getMaxListeners(), e.setMaxListeners(1.5).getMaxListeners(), e.setMaxListeners(Infinity).getMaxListeners());
for (const bad of [-1, NaN, 'a', undefined, null, 10n, -Infinity]) {
  try { e.setMaxListeners(bad); console.log('accepted', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const bad of [-1, NaN, '5', {}]) {
  try { EventEmitter.defaultMaxListeners = bad; console.log('accepted'); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners());
