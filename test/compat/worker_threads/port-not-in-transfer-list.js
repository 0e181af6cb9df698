'use strict';
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
try { port1.postMessage({ p: port2 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { port1.postMessage(null, [port1]); } catch (e) { console.log(e.name, e.message); }
port1.close();
