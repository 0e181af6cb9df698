'use strict';
// Payload lengths around the 7-, 16- and 64-bit length forms, both ways: what the server receives
// from send() (every client frame masked), and what the client receives, including small payloads
// the server sends in the longer length forms.
const { scenario, encodeFrame } = require('./_server');

const sizes = [0, 1, 125, 126, 127, 65535, 65536, 70000];

(async () => {
  await scenario('lengths', (peer) => {
    let got = 0;
    peer.on('message', (data) => {
      const ok = typeof data === 'string' ? /^x*$/.test(data) : data.every((b, i) => b === (i & 0xff));
      console.log('server message', typeof data, data.length, ok ? 'ok' : 'CORRUPT');
      if (++got === sizes.length * 2) {
        for (const n of sizes) peer.send(Buffer.from(Array.from({ length: n }, (_, i) => i & 0xff)));
        peer.raw(encodeFrame(1, 'short in 16 bits', { wide: 16 }));
        peer.raw(encodeFrame(1, 'short in 64 bits', { wide: 64 }));
        peer.close(1000);
      }
    });
  }, {
    setup(ws) {
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => {
        for (const n of sizes) {
          ws.send('x'.repeat(n));
          ws.send(Uint8Array.from({ length: n }, (_, i) => i & 0xff));
        }
        console.log('bufferedAmount after sends', ws.bufferedAmount);
      };
      ws.onmessage = (e) => {
        if (typeof e.data === 'string') return;
        const bytes = new Uint8Array(e.data);
        console.log('client message', bytes.length, bytes.every((b, i) => b === (i & 0xff)) ? 'ok' : 'CORRUPT');
      };
    },
  });
})();
