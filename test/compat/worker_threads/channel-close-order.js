'use strict';
// Both ports of a closed channel emit 'close': the closing one first, after the other got its messages.
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('p2 got', m));
port2.on('close', () => console.log('p2 close'));
port1.on('close', () => console.log('p1 close'));
port1.postMessage('a'); port1.postMessage('b');
port1.close();
setTimeout(() => console.log('timeout'), 200);
