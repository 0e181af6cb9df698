'use strict';
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => { console.log('event data', e.data); port2.close(); });
port2.start();
port1.postMessage('x');
