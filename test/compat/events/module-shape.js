// The module's shape: events is EventEmitter, its static keys, the prototype's enumerable methods and the on/off aliases.
const events = require('events');
console.log(events === require('node:events'), events.EventEmitter === events, typeof events);
console.log(events.name, events.length, events.usingDomains);
console.log(Object.keys(events).slice(0, 8).join(' '));
console.log(Object.keys(events).slice(8).join(' '));
console.log(Object.keys(events.prototype).slice(0, 8).join(' '));
console.log(Object.keys(events.prototype).slice(8).join(' '));
const p = events.prototype;
console.log(p.on === p.addListener, p.off === p.removeListener, p.on.name, p.off.name);
console.log(p.emit.length, p.on.length, p.once.length, p.listenerCount.length, p.setMaxListeners.length);
console.log(events.once.name, events.on.name, events.once.length, events.on.length);
console.log(String(events.captureRejectionSymbol), events.captureRejections, typeof events.init);
console.log(String(events.kMaxEventTargetListeners), Object.keys(events).includes('kMaxEventTargetListeners'));
console.log(require('module').isBuiltin('events'), require('module').isBuiltin('node:events'));
