'use strict';
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { console.log(e.constructor.name, e.type, e.data); port2.close(); };
console.log(typeof port2.onmessage);
port1.postMessage([1, 2]);
