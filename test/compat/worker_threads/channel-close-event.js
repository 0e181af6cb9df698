'use strict';
const { port1, port2 } = new MessageChannel();
port2.on('close', () => console.log('port2 close'));
port2.on('message', (m) => console.log('message', m));
port1.postMessage('last');
port1.close();
console.log('closed sync');
