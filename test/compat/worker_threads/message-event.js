'use strict';
const e = new MessageEvent('message', { data: { x: 1 } });
console.log(e.type, e.data, e.origin, e.lastEventId, e.source, e.ports);
try { new MessageEvent(); } catch (err) { console.log(err.name, err.code); }
