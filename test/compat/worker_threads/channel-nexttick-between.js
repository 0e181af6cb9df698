'use strict';
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('message', m);
  process.nextTick(() => console.log('tick after', m));
  Promise.resolve().then(() => console.log('promise after', m));
  if (m === 2) port2.close();
});
port1.postMessage(1);
port1.postMessage(2);
