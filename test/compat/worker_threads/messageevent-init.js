'use strict';
// MessageEvent's init dictionary and its defaults.
const e = new MessageEvent('custom', { data: [1], origin: 'o', lastEventId: 7 });
console.log(e instanceof Event, e.type, e.data, e.origin, e.lastEventId, e.source, e.ports);
const d = new MessageEvent('x');
console.log(d.data, d.origin === '', d.ports.length, Object.isFrozen(d.ports));
