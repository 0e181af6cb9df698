'use strict';
const { port1, port2 } = new MessageChannel();
port2.on('message', () => console.log('never'));
port2.unref();
console.log('hasRef', port2.hasRef());
console.log('exits without waiting');
