'use strict';
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('should not arrive', m));
port1.close();
console.log(port1.postMessage('dropped'));
port2.on('close', () => console.log('closed'));
