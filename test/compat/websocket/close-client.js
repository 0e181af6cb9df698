'use strict';
// The client starts the closing handshake: close() with no arguments, a code, a code and a reason,
// a reason alone (sent with 1000), an empty reason; readyState while closing; the close frame the
// server receives and the CloseEvent once the server answers and hangs up.
const { scenario, encodeFrame } = require('./_server');

const cases = [
  ['no arguments', []],
  ['code 1000', [1000]],
  ['code 3000 and reason', [3000, 'going away']],
  ['code 4999 and UTF-8 reason', [4999, 'über ✓']],
  ['reason alone', [undefined, 'why']],
  ['empty reason alone', [undefined, '']],
  ['code and empty reason', [4000, '']],
  ['string code', ['3001']],
  ['fractional code', [3000.6]],
];

(async () => {
  for (const [label, args] of cases) {
    await scenario(label, (peer) => {
      // The server echoes the code and reason it got.
      peer.autoClose = false;
      peer.on('close', (code, reason) => {
        peer.close(code, reason);
        peer.socket.end();
      });
    }, {
      setup(ws) {
        ws.onopen = () => {
          ws.close(...args);
          console.log(`${label}: readyState after close() ${ws.readyState}`);
          ws.close(1000, 'second call is ignored');
        };
      },
    });
  }

  // The server answers with another code and reason: the CloseEvent has the server's.
  await scenario('server answers differently', (peer) => {
    peer.autoClose = false;
    peer.on('close', () => {
      peer.close(4001, 'server says');
      peer.socket.end();
    });
  }, { setup(ws) { ws.onopen = () => ws.close(3000, 'client says'); } });

  // A ping while the client waits for the server's close frame is still answered.
  await scenario('ping while closing', (peer) => {
    peer.autoClose = false;
    peer.on('close', () => {
      peer.raw(encodeFrame(9, 'still there?'));
      setTimeout(() => {
        peer.close(1000);
        peer.socket.end();
      }, 50);
    });
  }, { setup(ws) { ws.onopen = () => ws.close(4000); } });

  // Both sides send a close frame at once: the CloseEvent has the server's code and reason.
  await scenario('simultaneous close', (peer) => {
    peer.autoClose = false;
    peer.close(4001, 'server');
    peer.on('close', () => setTimeout(() => peer.socket.end(), 50));
  }, { setup(ws) { ws.onopen = () => ws.close(4002, 'client'); } });

  // The server never answers with a close frame and just hangs up: not clean.
  await scenario('no close frame back', (peer) => {
    peer.autoClose = false;
    peer.on('close', () => peer.socket.end());
  }, { setup(ws) { ws.onopen = () => ws.close(); } });
})();
