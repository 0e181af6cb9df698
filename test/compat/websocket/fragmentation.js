'use strict';
// Fragmented messages from the server: text and binary in several frames, control frames (ping,
// pong) between fragments, a UTF-8 character split across frames, empty fragments; and the pong
// the client answers each ping with.
const { scenario, encodeFrame } = require('./_server');

(async () => {
  await scenario('fragments', (peer) => {
    peer.raw(encodeFrame(1, 'Hel', { fin: false }));
    peer.raw(encodeFrame(0, 'lo, ', { fin: false }));
    peer.raw(encodeFrame(9, 'ping-in-between'));
    peer.raw(encodeFrame(0, 'world', { fin: true }));
    const euro = Buffer.from('€uro');
    peer.raw(encodeFrame(1, euro.subarray(0, 1), { fin: false }));
    peer.raw(encodeFrame(0, euro.subarray(1, 2), { fin: false }));
    peer.raw(encodeFrame(0, euro.subarray(2)));
    peer.raw(encodeFrame(2, Buffer.from([1, 2]), { fin: false }));
    peer.raw(encodeFrame(10, 'unsolicited pong'));
    peer.raw(encodeFrame(0, Buffer.alloc(0), { fin: false }));
    peer.raw(encodeFrame(0, Buffer.from([3])));
    peer.raw(encodeFrame(1, '', { fin: false }));
    peer.raw(encodeFrame(0, ''));
    peer.raw(encodeFrame(9, ''));
    peer.close(1000, 'end');
  }, {
    setup(ws) {
      ws.binaryType = 'arraybuffer';
    },
  });
})();
