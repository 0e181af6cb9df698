'use strict';
// send() in each state: an InvalidStateError while connecting, nothing at all once closing or
// closed (no error, bufferedAmount unchanged); the argument is required; bufferedAmount counts the
// bytes of every send (Blobs included) until they are written; Blobs keep their place in the order.
const { scenario } = require('./_server');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, '-> ok');
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, JSON.stringify(e.message));
  }
}

(async () => {
  await scenario('states', (peer) => {
    let n = 0;
    peer.on('message', () => { if (++n === 5) peer.send('all received'); });
  }, {
    setup(ws) {
      attempt('while connecting', () => ws.send('x'));
      attempt('symbol while connecting', () => ws.send(Symbol('s')));
      attempt('no argument', () => ws.send());
      console.log('bufferedAmount while connecting', ws.bufferedAmount);
      ws.onopen = () => {
        attempt('symbol', () => ws.send(Symbol('s')));
        ws.send('12345');
        console.log('bufferedAmount', ws.bufferedAmount);
        ws.send(new Blob(['blob']));
        console.log('bufferedAmount', ws.bufferedAmount);
        ws.send('after the blob');
        ws.send(new Uint8Array(10));
        ws.send(new Blob(['second blob']));
        console.log('bufferedAmount', ws.bufferedAmount);
      };
      ws.onmessage = () => {
        console.log('bufferedAmount once all echoed', ws.bufferedAmount);
        ws.close();
        attempt('while closing', () => ws.send('dropped'));
        console.log('bufferedAmount while closing', ws.bufferedAmount, 'readyState', ws.readyState);
      };
      ws.addEventListener('close', () => {
        attempt('when closed', () => ws.send('dropped too'));
        console.log('bufferedAmount when closed', ws.bufferedAmount);
      });
    },
  });

  // Sends queued behind a Blob go out after the close frame, as in Node: close() does not wait.
  await scenario('blob then close', () => {}, {
    setup(ws) {
      ws.onopen = () => {
        ws.send(new Blob(['blob first']));
        ws.send('then text');
        ws.close(1000, 'closing now');
      };
    },
  });
})();
