'use strict';
const { MessagePort } = require('worker_threads');
try { new MessagePort(); } catch (e) { console.log(e.name, e.constructor === TypeError); }
const { port1 } = new MessageChannel();
console.log(port1 instanceof MessagePort, Object.prototype.toString.call(port1));
port1.close();
