'use strict';
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(receiveMessageOnPort(port2));
port1.postMessage({ a: 1 });
port1.postMessage('second');
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
try { receiveMessageOnPort({}); } catch (e) { console.log(e.name, e.code); }
port1.close();
