'use strict';
// UTF-8 in text messages and close reasons: invalid bytes fail the connection with 1007; a
// character split across fragments is fine; a leading BOM is dropped; what the client sends is
// UTF-8 (lone surrogates become U+FFFD).
const { scenario, encodeFrame, closePayload } = require('./_server');

(async () => {
  await scenario('invalid text', (peer) => peer.raw(encodeFrame(1, Buffer.from([0x61, 0xff]))));
  await scenario('truncated sequence', (peer) => peer.raw(encodeFrame(1, Buffer.from([0xe2, 0x82]))));
  await scenario('overlong encoding', (peer) => peer.raw(encodeFrame(1, Buffer.from([0xc0, 0xaf]))));
  await scenario('surrogate encoded', (peer) => peer.raw(encodeFrame(1, Buffer.from([0xed, 0xa0, 0x80]))));
  await scenario('invalid, fragmented', (peer) => {
    peer.raw(encodeFrame(1, 'ok so far', { fin: false }));
    peer.raw(encodeFrame(0, Buffer.from([0xff])));
  });
  await scenario('invalid close reason', (peer) => {
    peer.raw(encodeFrame(8, Buffer.concat([closePayload(1000), Buffer.from([0xff])])));
  });
  await scenario('valid', (peer) => {
    peer.raw(encodeFrame(1, Buffer.from([0xef, 0xbb, 0xbf, 0x62, 0x6f, 0x6d])));
    const snow = Buffer.from('☃ snowman');
    peer.raw(encodeFrame(1, snow.subarray(0, 2), { fin: false }));
    peer.raw(encodeFrame(0, snow.subarray(2)));
    peer.raw(encodeFrame(1, '𝄞 clef, 4 bytes'));
    peer.raw(encodeFrame(2, Buffer.from([0xff, 0xfe])));
    peer.close(4000, 'reason ✓');
  }, {
    setup(ws) {
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => {
        ws.send('lone \udc00 surrogate');
        ws.send('pair \ud83d\ude00');
      };
    },
  });
})();
