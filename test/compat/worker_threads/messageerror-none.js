'use strict';
// Values that clone fine never produce 'messageerror'; both kinds of listener can be attached.
const { port1, port2 } = new MessageChannel();
port2.on('messageerror', (e) => console.log('messageerror', e));
port2.onmessageerror = () => console.log('handler');
port2.on('message', (m) => { console.log('message', m); port2.close(); });
port1.postMessage(new Map([[1, new Set([2])]]));
