'use strict';
// When events come relative to process.nextTick and promise callbacks: the handshake's outcome
// ('open', or 'error' and 'close' for a refused one) comes from a promise job, later events from
// the socket's callbacks; messages that arrive together are dispatched back to back. close() while
// connecting reports 'error' and 'close' before it returns, and readyState stays CLOSING after.
const { scenario, encodeFrame } = require('./_server');

function probes(label) {
  console.log(label);
  process.nextTick(() => console.log(`  ${label}: tick`));
  Promise.resolve().then(() => console.log(`  ${label}: promise`));
}

(async () => {
  await scenario('order', (peer) => {
    setTimeout(() => {
      peer.raw(Buffer.concat([encodeFrame(1, 'a'), encodeFrame(1, 'b'), encodeFrame(9, 'p'), encodeFrame(1, 'c')]));
    }, 20);
  }, {
    setup(ws) {
      ws.onopen = () => probes('onopen');
      let n = 0;
      ws.onmessage = (e) => {
        probes(`onmessage ${e.data}`);
        if (++n === 3) ws.close();
      };
      ws.onclose = () => probes('onclose');
    },
  });

  await scenario('refused', () => {}, {
    handshake: (req, socket) => {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return true;
    },
    setup(ws) {
      ws.onerror = () => probes('onerror');
      ws.onclose = () => probes('onclose');
    },
  });

  // Frames sent with the handshake's response come after 'open'.
  await scenario('frames with the 101', () => {}, {
    handshake: (req, socket) => {
      const { acceptLines, Peer } = require('./_server');
      socket.write(Buffer.concat([Buffer.from(acceptLines(req).join('\r\n') + '\r\n\r\n'),
                                  encodeFrame(1, 'early'), encodeFrame(8, Buffer.from([0x03, 0xe8]))]));
      new Peer(socket, req);
      return true;
    },
    setup(ws) {
      ws.onopen = () => probes('onopen');
      ws.onmessage = (e) => probes(`onmessage ${e.data}`);
    },
  });

  const { startServer } = require('./_server');
  const srv = await startServer(() => {});
  const ws = new WebSocket(srv.url());
  ws.onerror = (e) => console.log('error during close(), readyState', ws.readyState, e.constructor.name);
  ws.onclose = (e) => console.log('close during close(), readyState', ws.readyState, e.wasClean, e.code);
  ws.onopen = () => console.log('unexpected open');
  console.log('calling close() while connecting');
  ws.close();
  console.log('close() returned, readyState', ws.readyState);
  setTimeout(() => {
    console.log('later, readyState', ws.readyState);
    srv.server.close();
  }, 100);
})();
