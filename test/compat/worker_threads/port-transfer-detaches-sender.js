'use strict';
// A transferred port is unusable in the sender: postMessage there is dropped, and it emits no events.
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
other.port2.on('message', (p) => {
  p.on('message', (m) => { console.log('moved port got', m); p.close(); other.port2.close(); });
});
other.port1.postMessage(port2, [port2]);
port2.postMessage('from the old object: dropped');
port1.postMessage('to the moved port');
