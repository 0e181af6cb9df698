'use strict';
const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();
port2.on('message', (m) => {
  m.port.on('message', (x) => { console.log('inner got', x); m.port.close(); });
  port2.close();
});
port1.postMessage({ port: inner.port2 }, [inner.port2]);
inner.port1.postMessage('through moved port');
