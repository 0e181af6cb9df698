// AsyncResource: ids, runInAsyncScope in the context the resource was made in, bind and static bind,
// emitDestroy, EventEmitterAsyncResource, and argument validation.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId,
        executionAsyncResource } = require('node:async_hooks');
const { EventEmitterAsyncResource } = require('node:events');

const als = new AsyncLocalStorage();
const resource = als.run('made here', () => new AsyncResource('Job'));
const base = resource.asyncId();
// Made before anything is printed: Node gives its stdout stream ids of its own.
const child = new AsyncResource('Child', { triggerAsyncId: base });
const numeric = new AsyncResource('Numeric', 0);
console.log('trigger of a resource made in main', resource.triggerAsyncId(), executionAsyncId());
als.run('caller', () => {
  const result = resource.runInAsyncScope(function(a, b) {
    return [als.getStore(), this.tag, a, b, executionAsyncId() === base, triggerAsyncId(),
            executionAsyncResource() === resource];
  }, { tag: 'this' }, 1, 2);
  console.log('runInAsyncScope', result, 'store after:', als.getStore());
});

console.log('explicit trigger', child.triggerAsyncId() === base, child.asyncId() - base);
console.log('numeric trigger', numeric.triggerAsyncId(), numeric.asyncId() - base);
console.log('emitDestroy returns the resource', resource.emitDestroy() === resource);

const bound = resource.bind(function named(x) { return [als.getStore(), this, x]; }, 'thisArg');
console.log('bind', bound.name, bound.length, bound(5));
const unbound = resource.bind(function(x, y) { return [als.getStore(), this.who, x, y]; });
console.log('bind keeps this', unbound.length, unbound.call({ who: 'receiver' }, 1, 2));
const fromStatic = als.run('static', () => AsyncResource.bind(function staticBound() {
  return [als.getStore(), executionAsyncId() > base];
}));
console.log('static bind', fromStatic());
console.log('anonymous static bind', AsyncResource.bind(() => als.getStore())());

// Errors thrown inside runInAsyncScope leave the ids and store as they were.
try {
  als.run('outer', () => resource.runInAsyncScope(() => { throw new Error('inside'); }));
} catch (err) {
  console.log('caught', err.message, executionAsyncId(), als.getStore());
}

// EventEmitterAsyncResource: listeners run in the emitter's context.
const emitter = als.run('emitter made', () => new EventEmitterAsyncResource({ name: 'Emitter' }));
emitter.on('ping', () => console.log('listener store:', als.getStore(), emitter.asyncId === executionAsyncId()));
als.run('emitting', () => emitter.emit('ping'));
console.log(emitter.asyncResource.constructor.name, emitter.asyncResource.eventEmitter === emitter,
            emitter.triggerAsyncId === 1);

setTimeout(() => {
  const r = new AsyncResource('InTimer');
  console.log('made in a timer: trigger is the timer', r.triggerAsyncId() === executionAsyncId());
}, 1);

console.log(Object.getOwnPropertyNames(AsyncResource.prototype), Object.getOwnPropertyNames(AsyncResource));
const shown = new AsyncResource('Shown');
console.log(require('node:util').inspect(shown).replace(/: \d+/g, ': <id>'));

for (const args of [[], [1], ['T', { triggerAsyncId: -2 }], ['T', 1.5], ['T', { triggerAsyncId: 'x' }]]) {
  try {
    new AsyncResource(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  resource.bind({});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
