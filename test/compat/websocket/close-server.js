'use strict';
// The server starts the closing handshake: with a code and a reason, with a code alone, with no
// body; the client answers with the code (and no reason), stays CLOSING until the server hangs up,
// and reports a clean close with the server's code and reason. Frames after the server's close
// frame are ignored; a server that sends its close frame and drops the connection still closes
// cleanly.
const { scenario, encodeFrame } = require('./_server');

(async () => {
  await scenario('code and reason', (peer) => peer.close(4000, 'bye now'));
  await scenario('code alone', (peer) => peer.close(1001));
  await scenario('no body', (peer) => peer.close());
  await scenario('1012 (service restart)', (peer) => peer.close(1012, 'restart'));

  let client;
  await scenario('server waits before hanging up', (peer) => {
    peer.autoClose = false;
    peer.close(4002, 'x');
    peer.send('after the close frame');
    peer.raw(encodeFrame(9, 'ping after close'));
    peer.on('close', () => {
      console.log('server: got the client\'s close frame; client readyState', client.readyState);
      setTimeout(() => {
        console.log('server: hanging up; client readyState', client.readyState);
        peer.socket.end();
      }, 100);
    });
  }, {
    setup(ws) {
      client = ws;
      ws.onmessage = (e) => console.log('unexpected message', e.data);
    },
  });

  await scenario('close frame then destroy', (peer) => {
    peer.autoClose = false;
    peer.close(1001, 'gone');
    peer.socket.destroy();
  });

  // A message the server sends once the client has started closing is dropped.
  await scenario('message while closing', (peer) => {
    peer.autoClose = false;
    peer.on('close', () => {
      peer.send('too late');
      peer.close(1000, 'ok');
      peer.socket.end();
    });
  }, {
    setup(ws) {
      ws.onopen = () => ws.close(3000);
      ws.onmessage = (e) => console.log('unexpected message', e.data);
    },
  });
})();
