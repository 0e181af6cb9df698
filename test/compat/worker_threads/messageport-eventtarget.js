'use strict';
// A MessagePort is a NodeEventTarget: on() listeners get the data, addEventListener ones a
// MessageEvent; onmessage is an event handler attribute that starts the port.
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof EventTarget, typeof port1.on, typeof port1.emit, port1.onmessage);
port2.on('message', (data) => console.log('on:', data));
port2.addEventListener('message', (e) => console.log('listener:', e instanceof MessageEvent, e.type, e.data));
port2.onmessage = (e) => console.log('onmessage:', e.data, e.target === port2);
port2.once('message', (data) => console.log('once:', data));
console.log(port2.listenerCount('message'), port2.eventNames());
port1.postMessage('first');
port1.postMessage('second');
setTimeout(() => port1.close(), 50);
