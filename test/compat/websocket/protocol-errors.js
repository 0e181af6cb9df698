'use strict';
// Frames from the server that break RFC 6455: the client fails the connection, sending a close
// frame with the status (1002 protocol error, 1007 bad data, 1009 too big) and the reason Node
// gives, then reports 'error' and 'close' (1006, not clean).
const { scenario, encodeFrame } = require('./_server');

const closeFrame = (bytes) => encodeFrame(8, Buffer.from(bytes));

const cases = [
  ['masked frame', [encodeFrame(1, 'hi', { mask: [1, 2, 3, 4] })]],
  ['RSV1 without an extension', [encodeFrame(1, 'hi', { rsv: 4 })]],
  ['RSV2', [encodeFrame(1, 'hi', { rsv: 2 })]],
  ['RSV3', [encodeFrame(2, 'hi', { rsv: 1 })]],
  ['opcode 3', [encodeFrame(3, 'hi')]],
  ['opcode 0xB', [encodeFrame(0xb, 'hi')]],
  ['fragmented ping', [encodeFrame(9, 'hi', { fin: false })]],
  ['ping of 126 bytes', [encodeFrame(9, Buffer.alloc(126))]],
  ['close of 126 bytes', [encodeFrame(8, Buffer.alloc(126))]],
  ['continuation first', [encodeFrame(0, 'hi')]],
  ['new message inside a fragmented one', [encodeFrame(1, 'a', { fin: false }), encodeFrame(2, 'b')]],
  ['close with a 1-byte body', [closeFrame([3])]],
  ['close code 1005', [closeFrame([0x03, 0xed])]],
  ['close code 1004', [closeFrame([0x03, 0xec])]],
  ['close code 999', [closeFrame([0x03, 0xe7])]],
  ['close code 1015', [closeFrame([0x03, 0xf7])]],
  ['close code 2000', [closeFrame([0x07, 0xd0])]],
  ['close code 5000', [closeFrame([0x13, 0x88])]],
  ['length of 2^31', [Buffer.from([0x82, 127, 0, 0, 0, 0, 0x80, 0, 0, 0])]],
  ['length of 2^63', [Buffer.from([0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 0])]],
];

(async () => {
  for (const [label, frames] of cases) {
    await scenario(label, (peer) => {
      peer.send('before');
      for (const frame of frames) peer.raw(frame);
    });
  }
})();
