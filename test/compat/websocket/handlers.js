'use strict';
// The on* attributes beside addEventListener: null by default, a handler runs in the place of its
// first assignment, replacing it keeps that place, null removes it, non-callable values are kept
// but never called; listeners see the WebSocket as target and currentTarget.
const { scenario } = require('./_server');

(async () => {
  await scenario('handlers', (peer) => {
    peer.send('one');
    peer.send('two');
    peer.close(1000, 'done');
  }, {
    setup(ws) {
      console.log('defaults', ws.onopen, ws.onmessage, ws.onerror, ws.onclose);
      ws.addEventListener('message', () => console.log('listener before'));
      ws.onmessage = () => console.log('first handler');
      ws.addEventListener('message', (e) => {
        console.log('listener after', e.target === ws, e.currentTarget === ws, e.eventPhase);
      });
      let count = 0;
      ws.addEventListener('message', () => {
        count++;
        if (count === 1) ws.onmessage = function second() { console.log('second handler', this === ws); };
      });
      ws.onopen = 'not a function';
      console.log('onopen is', JSON.stringify(ws.onopen));
      ws.addEventListener('open', function () { console.log('open listener, this is ws:', this === ws); });
      ws.onclose = (e) => console.log('onclose', e.code, e.reason);
      ws.onclose = null;
      console.log('onclose after null', ws.onclose);
      ws.addEventListener('close', (e) => console.log('close listener', e.code, e.reason), { once: true });
    },
  });
})();
