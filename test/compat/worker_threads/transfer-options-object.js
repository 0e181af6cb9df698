'use strict';
const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(3);
port2.on('message', (m) => { console.log('received', m.byteLength); port2.close(); });
port1.postMessage(ab, { transfer: [ab] });
console.log('after', ab.byteLength);
