'use strict';
// Connections that fail outside the handshake: nothing listening (connection refused), the server
// dropping the socket after opening, ending it in the middle of a frame, or ending it without a
// close frame. Each reports 'error' then 'close' with code 1006 (never clean), and the program then
// exits by itself.
const { scenario, encodeFrame, freePort, logEvents } = require('./_server');

(async () => {
  const port = await freePort();
  const refused = new WebSocket(`ws://127.0.0.1:${port}/`);
  console.log('refused: readyState', refused.readyState);
  await logEvents(refused, 'refused');

  await scenario('destroyed after open', (peer) => peer.socket.destroy());
  await scenario('ended after open', (peer) => peer.socket.end());
  await scenario('ended mid-frame', (peer) => {
    peer.raw(encodeFrame(1, 'hello').subarray(0, 4));
    peer.socket.end();
  });
  await scenario('ended mid-message', (peer) => {
    peer.raw(encodeFrame(1, 'first half', { fin: false }));
    peer.socket.end();
  });
  await scenario('a message, then gone', (peer) => {
    peer.send('last words');
    setTimeout(() => peer.socket.destroy(), 20);
  });
  process.on('exit', () => console.log('exit'));
})();
