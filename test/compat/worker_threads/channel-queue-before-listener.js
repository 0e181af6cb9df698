'use strict';
const { port1, port2 } = new MessageChannel();
port1.postMessage(1);
port1.postMessage(2);
setTimeout(() => {
  port2.on('message', (m) => { console.log('late listener got', m); if (m === 2) port2.close(); });
}, 5);
