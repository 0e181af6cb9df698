// events.EventEmitterAsyncResource: an EventEmitter subclass with a name check, emitting through its asyncResource (which references it).
const { EventEmitterAsyncResource, EventEmitter } = require('events');
console.log(typeof EventEmitterAsyncResource, EventEmitterAsyncResource.name, Object.getPrototypeOf(EventEmitterAsyncResource) === EventEmitter);
console.log(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype).join(' '));
const r = new EventEmitterAsyncResource({ name: 'Thing' });
console.log(r instanceof EventEmitter, JSON.stringify(Object.keys(r)));
r.on('go', function (a, b) { console.log('go', a, b, this === r); });
console.log(r.emit('go', 1, 2), r.emit('nothing'));
console.log(typeof r.asyncId, typeof r.triggerAsyncId, r.asyncResource.eventEmitter === r, r.asyncResource.constructor.name);
console.log(typeof r.asyncResource.runInAsyncScope, r.emitDestroy());
const named = new EventEmitterAsyncResource('ByString');
named.once('x', () => console.log('string name works'));
named.emit('x');
for (const bad of [undefined, {}, { name: 5 }]) {
  try { new EventEmitterAsyncResource(bad); } catch (err) { console.log(err.code, err.message); }
}
class Sub extends EventEmitterAsyncResource {}
const sub = new Sub();
sub.on('y', () => console.log('subclass needs no name'));
sub.emit('y');
try { new EventEmitterAsyncResource({ name: 'C', captureRejections: 'x' }); } catch (err) { console.log(err.code, err.message); }
try { Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype, 'asyncResource').get.call({}); } catch (err) { console.log(err.name); }
