'use strict';
// permessage-deflate: the client offers it; when the server accepts, compressed messages (RSV1)
// are inflated, with the compression context kept across messages; fragmented compressed messages
// work; bad compressed data fails the connection with 1007. The client's own messages go out
// uncompressed, as Node's do.
const zlib = require('zlib');
const { scenario, encodeFrame, acceptLines, answerWith } = require('./_server');

// A deflater kept across messages, so later messages refer back to earlier ones.
function messageDeflater() {
  const deflater = zlib.createDeflateRaw();
  const chunks = [];
  deflater.on('data', (c) => chunks.push(c));
  return (text) => new Promise((resolve) => {
    deflater.write(text);
    deflater.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const all = Buffer.concat(chunks.splice(0));
      resolve(all.subarray(0, all.length - 4));
    });
  });
}

const withDeflate = (peer) => answerWith(
  (req) => [...acceptLines(req), 'Sec-WebSocket-Extensions: permessage-deflate'], peer);

(async () => {
  await scenario('inflate', () => {}, {
    handshake: withDeflate(async (peer) => {
      const deflate = messageDeflater();
      peer.raw(encodeFrame(1, await deflate('hello hello hello hello'), { rsv: 4 }));
      peer.raw(encodeFrame(1, await deflate('hello hello hello hello, again'), { rsv: 4 }));
      peer.raw(encodeFrame(2, await deflate('binary data'), { rsv: 4 }));
      const big = await deflate('z'.repeat(100000));
      peer.raw(encodeFrame(1, big.subarray(0, 10), { rsv: 4, fin: false }));
      peer.raw(encodeFrame(9, 'ping'));
      peer.raw(encodeFrame(0, big.subarray(10)));
      peer.raw(encodeFrame(1, 'not compressed'));
      peer.close(1000);
    }),
    setup(ws) {
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => ws.send('from the client, hello hello hello');
      ws.onmessage = (e) => {
        if (e.data instanceof ArrayBuffer) console.log('binary:', Buffer.from(e.data).toString());
        else if (e.data.length > 1000) console.log('long text of', e.data.length, /^z+$/.test(e.data));
      };
    },
  });

  await scenario('bad data', () => {}, {
    handshake: withDeflate((peer) => {
      peer.raw(encodeFrame(1, Buffer.from([0xff, 0xff, 0xff]), { rsv: 4 }));
    }),
  });

  // RSV1 is an error when permessage-deflate was not accepted.
  await scenario('not negotiated', (peer) => {
    peer.raw(encodeFrame(1, zlib.deflateRawSync('x'), { rsv: 4 }));
  });
})();
