'use strict';
// RFC 6455 framing for the client side of a WebSocket: frames we send are masked with a fresh random
// key; frames we receive must not be. FrameReader takes the socket's chunks as they come, reads
// frames across chunk boundaries, joins fragmented messages, answers nothing itself and reports to
// its owner:
//   onMessage(isText, data)   a whole message: a string (text) or a Buffer (binary; it may view
//                             the socket's chunk, so the owner copies what it keeps)
//   onPing(payload)           onPong(payload)
//   onClose(code, reason)     a valid close frame (code undefined when it had no body)
//   onFail(code, reason)      the peer broke the protocol: the connection must be failed
// After a close frame or a failure it reads nothing more.
//
// permessage-deflate (RFC 7692), when negotiated, only in the direction Node's client uses it:
// messages received with RSV1 set are inflated by one zlib InflateRaw stream kept across messages
// (so both the server's context takeover and no_context_takeover decode), asynchronously as in
// Node: reading pauses until the message is inflated. Messages we send are never compressed, as
// Node's are not.

const { Buffer } = require('buffer');
const { randomFillSync } = require('internal/crypto/random');

const OPCODE_CONTINUATION = 0x0;
const OPCODE_TEXT = 0x1;
const OPCODE_BINARY = 0x2;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;
const OPCODE_PONG = 0xa;

// The largest payload a frame may announce: 2^31 - 1 bytes.
const kMaxPayload = 2 ** 31 - 1;

const kDeflateTail = Buffer.from([0x00, 0x00, 0xff, 0xff]);

// Masking keys come from a pool refilled 1 KiB at a time.
const maskPool = Buffer.allocUnsafe(1024);
let maskOffset = maskPool.length;

function nextMask() {
  if (maskOffset === maskPool.length) {
    randomFillSync(maskPool);
    maskOffset = 0;
  }
  maskOffset += 4;
  return maskPool.subarray(maskOffset - 4, maskOffset);
}

// One final, masked frame holding `payload` (a Uint8Array).
function encodeFrame(opcode, payload) {
  const length = payload.length;
  let headerLength = 6;
  if (length > 0xffff) headerLength += 8;
  else if (length > 125) headerLength += 2;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x80 | opcode;
  if (length > 0xffff) {
    frame[1] = 0x80 | 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  } else if (length > 125) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | length;
  }
  const mask = nextMask();
  const maskAt = headerLength - 4;
  frame[maskAt] = mask[0];
  frame[maskAt + 1] = mask[1];
  frame[maskAt + 2] = mask[2];
  frame[maskAt + 3] = mask[3];
  for (let i = 0; i < length; i++) frame[headerLength + i] = payload[i] ^ mask[i & 3];
  return frame;
}

// The body of a close frame: nothing, a code, or a code and a UTF-8 reason.
function closePayload(code, reason) {
  if (code === undefined) return Buffer.alloc(0);
  const reasonBytes = reason === undefined ? Buffer.alloc(0) : Buffer.from(reason);
  const payload = Buffer.allocUnsafe(2 + reasonBytes.length);
  payload.writeUInt16BE(code, 0);
  reasonBytes.copy(payload, 2);
  return payload;
}

// The close codes a peer may send (RFC 6455 section 7.4, and the registry's 1012-1014).
function isValidCloseCode(code) {
  if (code >= 1000 && code <= 1014) return code !== 1004 && code !== 1005 && code !== 1006;
  return code >= 3000 && code <= 4999;
}

let textDecoder;
// The text of UTF-8 bytes (a leading BOM dropped, as the web's decoder does), or null if they are
// not valid UTF-8.
function decodeUtf8(bytes) {
  if (textDecoder === undefined) {
    const { TextDecoder } = require('internal/encoding');
    textDecoder = new TextDecoder('utf-8', { fatal: true });
  }
  try {
    return textDecoder.decode(bytes);
  } catch {
    return null;
  }
}

const HEADER = 0;
const PAYLOAD = 1;
const DONE = 2;

class FrameReader {
  #owner;
  #deflate;
  #inflater = null;
  #inflated = [];
  #inflating = false;
  #chunks = [];
  #buffered = 0;
  #state = HEADER;
  #frame = null; // { fin, rsv1, opcode, length } of the frame being read
  #message = null; // { isText, compressed, parts: Buffer[] } of a fragmented message

  constructor(owner, { deflate = false } = {}) {
    this.#owner = owner;
    this.#deflate = deflate;
  }

  push(chunk) {
    if (this.#state === DONE) return;
    if (chunk.length > 0) {
      this.#chunks.push(chunk);
      this.#buffered += chunk.length;
    }
    this.#read();
  }

  #read() {
    while (this.#state !== DONE && !this.#inflating) {
      if (this.#state === HEADER) {
        if (!this.#readHeader()) return;
      } else {
        if (this.#buffered < this.#frame.length) return;
        const payload = this.#take(this.#frame.length);
        this.#state = HEADER;
        this.#onFrame(this.#frame, payload);
      }
    }
  }

  // Stops reading: nothing more is reported.
  stop() {
    this.#state = DONE;
    this.#chunks = [];
    this.#buffered = 0;
    if (this.#inflater !== null) {
      this.#inflater.destroy();
      this.#inflater = null;
    }
  }

  #fail(code, reason) {
    this.stop();
    this.#owner.onFail(code, reason);
  }

  // n bytes of what is buffered, without consuming them (n <= #buffered).
  #peek(n) {
    if (this.#chunks[0].length >= n) return this.#chunks[0];
    return this.#take(n, false);
  }

  #take(n, consume = true) {
    if (n === 0) return Buffer.alloc(0);
    const first = this.#chunks[0];
    if (first.length === n && consume) {
      this.#chunks.shift();
      this.#buffered -= n;
      return first;
    }
    if (first.length > n) {
      const out = first.subarray(0, n);
      if (consume) {
        this.#chunks[0] = first.subarray(n);
        this.#buffered -= n;
      }
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    let i = 0;
    while (filled < n) {
      const chunk = this.#chunks[i];
      const count = Math.min(chunk.length, n - filled);
      chunk.copy(out, filled, 0, count);
      filled += count;
      if (count === chunk.length) i++;
      else if (consume) this.#chunks[i] = chunk.subarray(count);
    }
    if (consume) {
      this.#chunks.splice(0, i);
      this.#buffered -= n;
    }
    return out;
  }

  // Reads a frame's header once all of it is buffered and checks it; false when more is needed.
  #readHeader() {
    if (this.#buffered < 2) return false;
    let head = this.#peek(2);
    const fin = (head[0] & 0x80) !== 0;
    const rsv1 = (head[0] & 0x40) !== 0;
    const rsv23 = head[0] & 0x30;
    const opcode = head[0] & 0x0f;
    const masked = (head[1] & 0x80) !== 0;
    const length7 = head[1] & 0x7f;
    const isControl = opcode === OPCODE_CLOSE || opcode === OPCODE_PING || opcode === OPCODE_PONG;
    const isData = opcode === OPCODE_TEXT || opcode === OPCODE_BINARY;

    if (!isData && !isControl && opcode !== OPCODE_CONTINUATION) {
      this.#fail(1002, 'Invalid opcode received');
      return false;
    }
    if (masked) {
      this.#fail(1002, 'Frame cannot be masked');
      return false;
    }
    if (rsv1 && !this.#deflate) {
      this.#fail(1002, 'Expected RSV1 to be clear.');
      return false;
    }
    if (rsv23 !== 0) {
      this.#fail(1002, 'RSV1, RSV2, RSV3 must be clear');
      return false;
    }
    if (!fin && isControl) {
      this.#fail(1002, 'Invalid frame type was fragmented.');
      return false;
    }
    if (isData && this.#message !== null) {
      this.#fail(1002, 'Expected continuation frame');
      return false;
    }
    if (isControl && length7 > 125) {
      this.#fail(1002, 'Control frame either too large or fragmented');
      return false;
    }
    if (opcode === OPCODE_CONTINUATION && this.#message === null) {
      this.#fail(1002, 'Unexpected continuation frame');
      return false;
    }

    let headerLength = 2;
    let length = length7;
    if (length7 === 126) {
      headerLength = 4;
      if (this.#buffered < headerLength) return false;
      head = this.#peek(headerLength);
      length = head.readUInt16BE(2);
    } else if (length7 === 127) {
      headerLength = 10;
      if (this.#buffered < headerLength) return false;
      head = this.#peek(headerLength);
      const high = head.readUInt32BE(2);
      const low = head.readUInt32BE(6);
      if (high !== 0 || low > kMaxPayload) {
        this.#fail(1009, 'Received payload length > 2^31 bytes.');
        return false;
      }
      length = low;
    }
    this.#take(headerLength);
    this.#frame = { fin, rsv1, opcode, length };
    this.#state = PAYLOAD;
    return true;
  }

  #onFrame(frame, payload) {
    switch (frame.opcode) {
      case OPCODE_CLOSE:
        this.#onCloseFrame(payload);
        return;
      case OPCODE_PING:
        this.#owner.onPing(payload);
        return;
      case OPCODE_PONG:
        this.#owner.onPong(payload);
        return;
      case OPCODE_TEXT:
      case OPCODE_BINARY:
        this.#message = { isText: frame.opcode === OPCODE_TEXT, compressed: frame.rsv1, parts: [] };
        break;
    }
    const message = this.#message;
    message.parts.push(payload);
    if (!frame.fin) return;
    this.#message = null;
    const data = message.parts.length === 1 ? message.parts[0] : Buffer.concat(message.parts);
    if (message.compressed) this.#inflate(message.isText, data);
    else this.#deliver(message.isText, data);
  }

  #deliver(isText, data) {
    if (isText) {
      const text = decodeUtf8(data);
      if (text === null) {
        this.#fail(1007, 'Received invalid UTF-8 in text frame.');
        return;
      }
      this.#owner.onMessage(true, text);
    } else {
      this.#owner.onMessage(false, data);
    }
  }

  #onCloseFrame(payload) {
    if (payload.length === 1) {
      this.#fail(1002, 'Received close frame with a 1-byte body.');
      return;
    }
    let code;
    let reason = '';
    if (payload.length >= 2) {
      code = payload.readUInt16BE(0);
      if (!isValidCloseCode(code)) {
        this.#fail(1002, 'Invalid status code');
        return;
      }
      reason = decodeUtf8(payload.subarray(2));
      if (reason === null) {
        this.#fail(1007, 'Invalid UTF-8');
        return;
      }
    }
    this.stop();
    this.#owner.onClose(code, reason);
  }

  // Inflates a compressed message (RFC 7692 section 7.2.2: the sender dropped the final 00 00 ff ff
  // of a sync flush), then delivers it and reads on; bad data fails the connection.
  #inflate(isText, data) {
    const zlib = require('zlib');
    if (this.#inflater === null) {
      const inflater = zlib.createInflateRaw();
      inflater.on('data', (chunk) => this.#inflated.push(chunk));
      inflater.on('error', (err) => {
        if (this.#inflater === inflater) this.#fail(1007, `${err.message}`);
      });
      this.#inflater = inflater;
    }
    const inflater = this.#inflater;
    this.#inflating = true;
    inflater.write(data);
    inflater.write(kDeflateTail);
    inflater.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      if (this.#inflater !== inflater) return;
      const out = this.#inflated.length === 1 ? this.#inflated[0] : Buffer.concat(this.#inflated);
      this.#inflated = [];
      this.#inflating = false;
      this.#deliver(isText, out);
      this.#read();
    });
  }
}

module.exports = {
  encodeFrame, closePayload, FrameReader, OPCODE_TEXT, OPCODE_BINARY, OPCODE_CLOSE, OPCODE_PING,
  OPCODE_PONG,
};
