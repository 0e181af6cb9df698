'use strict';
// Messages both ways through an echo server: strings (ASCII, non-ASCII, empty, lone surrogate),
// ArrayBuffer, typed arrays, DataView, Buffer and Blob; received as strings, Blobs (the default
// binaryType) or ArrayBuffers; the MessageEvent's fields.
const { scenario, echo } = require('./_server');

(async () => {
  await scenario('blob', echo, {
    setup(ws) {
      ws.onopen = () => {
        ws.send('hello');
        ws.send('héllo wörld ✓ 🎉');
        ws.send('');
        ws.send('\ud800 lone');
        ws.send(new Uint8Array([1, 2, 3]));
        ws.send(new ArrayBuffer(2));
        ws.send(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
        ws.send(new Uint16Array([0x0102, 0x0304]).subarray(1));
        ws.send(Buffer.from('buffer'));
        ws.send(new Blob(['blob ', 'parts'], { type: 'text/plain' }));
        ws.send(12345);
        ws.send(null);
        ws.send({});
      };
      const received = [];
      ws.addEventListener('message', (e) => {
        received.push(e);
        if (received.length === 13) {
          const first = received[0];
          console.log('MessageEvent:', first.constructor.name, first.type, JSON.stringify(first.lastEventId),
                      first.source, first.ports, first.origin.replace(/:\d+$/, ':<port>'));
          const blobs = received.filter((m) => m.data instanceof Blob);
          Promise.all(blobs.map((m) => m.data.arrayBuffer())).then((buffers) => {
            for (let i = 0; i < buffers.length; i++) {
              console.log('blob', JSON.stringify(blobs[i].data.type), Buffer.from(buffers[i]).toString('hex'));
            }
            ws.close(1000, 'done');
          });
        }
      });
    },
  });

  await scenario('arraybuffer', echo, {
    setup(ws) {
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => {
        ws.send(new Uint8Array([0, 255, 128]));
        ws.send(new Blob(['from a blob']));
        ws.send('text stays text');
      };
      let n = 0;
      ws.onmessage = (e) => {
        if (e.data instanceof ArrayBuffer) console.log('bytes', Buffer.from(e.data).toString('hex'));
        if (++n === 3) ws.close();
      };
    },
  });
})();
