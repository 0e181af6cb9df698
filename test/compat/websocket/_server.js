'use strict';
// A small WebSocket server for the websocket tests (a helper, not a test): http.createServer with
// the 'upgrade' event, the accept key from sha1, and RFC 6455 framing written out by hand so that a
// test can send exactly the frames it wants, well-formed or not.
//
//   const { startServer } = require('./_server');
//   const srv = await startServer((peer, req) => { peer.on('message', ...); peer.send('hi'); });
//   new WebSocket(srv.url('/path'));
//
// Options: handshake(req, socket, head) answers the upgrade itself when it returns true (a refusal,
// a wrong accept key...); protocol(req) picks the Sec-WebSocket-Protocol to answer with.
// The server stops listening after the first connection (closeAfter, default 1), so a test ends
// once its sockets are gone.

const http = require('http');
const crypto = require('crypto');
const { EventEmitter } = require('events');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

// Where the Peers of the running scenario() note the frames they get (null outside one).
let recording = null;

function acceptKey(key) {
  return crypto.createHash('sha1').update(key + GUID).digest('base64');
}

// One frame, unmasked unless `mask` (4 bytes) is given; `length` can claim a length the payload
// does not have, and `wide` forces the 16- or 64-bit length form.
function encodeFrame(opcode, payload = Buffer.alloc(0), { fin = true, rsv = 0, mask = null, wide = 0 } = {}) {
  payload = typeof payload === 'string' ? Buffer.from(payload) : Buffer.from(payload);
  const len = payload.length;
  let header;
  if (wide === 64 || len > 0xffff) {
    header = Buffer.alloc(10);
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  } else if (wide === 16 || len > 125) {
    header = Buffer.alloc(4);
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header = Buffer.alloc(2);
    header[1] = len;
  }
  header[0] = (fin ? 0x80 : 0) | (rsv << 4) | opcode;
  if (mask) {
    header[1] |= 0x80;
    const masked = Buffer.alloc(len);
    for (let i = 0; i < len; i++) masked[i] = payload[i] ^ mask[i & 3];
    return Buffer.concat([header, Buffer.from(mask), masked]);
  }
  return Buffer.concat([header, payload]);
}

function closePayload(code, reason = '') {
  if (code === undefined) return Buffer.alloc(0);
  const b = Buffer.alloc(2);
  b.writeUInt16BE(code);
  return Buffer.concat([b, Buffer.from(reason)]);
}

// The server's end of one connection. Events: 'frame' ({ fin, rsv, opcode, masked, payload }),
// 'message' (data: string or Buffer, isBinary), 'ping' (payload), 'close' (code, reason: the
// client's close frame), 'end' (the socket closed).
class Peer extends EventEmitter {
  constructor(socket, req) {
    super();
    this.socket = socket;
    this.req = req;
    this.buffer = Buffer.alloc(0);
    this.fragments = null;
    this.closeSent = false;
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => {});
    socket.on('close', () => this.emit('end'));
    if (recording !== null) {
      const seen = recording;
      this.on('frame', (f) => seen.push(describeFrame(f)));
    }
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const b = this.buffer;
      if (b.length < 2) return;
      let len = b[1] & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        len = Number(b.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (b[1] & 0x80) !== 0;
      const maskAt = offset;
      if (masked) offset += 4;
      if (b.length < offset + len) return;
      const payload = Buffer.from(b.subarray(offset, offset + len));
      if (masked) for (let i = 0; i < len; i++) payload[i] ^= b[maskAt + (i & 3)];
      this.buffer = b.subarray(offset + len);
      this.frame({ fin: (b[0] & 0x80) !== 0, rsv: (b[0] >> 4) & 7, opcode: b[0] & 0x0f, masked, payload });
    }
  }

  frame(f) {
    this.emit('frame', f);
    if (f.opcode === 8) {
      const code = f.payload.length >= 2 ? f.payload.readUInt16BE(0) : undefined;
      const reason = f.payload.subarray(2).toString();
      this.emit('close', code, reason);
      if (this.autoClose !== false) {
        if (!this.closeSent) this.sendFrame(8, f.payload.subarray(0, 2));
        this.socket.end();
      }
    } else if (f.opcode === 9) {
      this.emit('ping', f.payload);
      this.sendFrame(10, f.payload);
    } else if (f.opcode === 10) {
      this.emit('pong', f.payload);
    } else if (f.opcode === 0 || f.opcode === 1 || f.opcode === 2) {
      if (f.opcode !== 0) this.fragments = { opcode: f.opcode, parts: [] };
      if (this.fragments === null) return;
      this.fragments.parts.push(f.payload);
      if (f.fin) {
        const data = Buffer.concat(this.fragments.parts);
        const isBinary = this.fragments.opcode === 2;
        this.fragments = null;
        this.emit('message', isBinary ? data : data.toString(), isBinary);
      }
    }
  }

  sendFrame(opcode, payload, options) {
    if (opcode === 8) this.closeSent = true;
    this.socket.write(encodeFrame(opcode, payload, options));
  }

  send(data, options) {
    this.sendFrame(typeof data === 'string' ? 1 : 2, data, options);
  }

  close(code, reason) {
    this.sendFrame(8, closePayload(code, reason));
  }

  raw(bytes) {
    this.socket.write(Buffer.from(bytes));
  }
}

function echo(peer) {
  peer.on('message', (data) => peer.send(data));
}

function startServer(onConnection = echo, { handshake, protocol, closeAfter = 1 } = {}) {
  let connections = 0;
  const server = http.createServer((req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not a websocket request');
  });
  server.on('upgrade', (req, socket, head) => {
    if (++connections >= closeAfter) server.close();
    if (handshake && handshake(req, socket, head)) return;
    const headers = [
      'HTTP/1.1 101 Switching Protocols',
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Accept: ${acceptKey(req.headers['sec-websocket-key'])}`,
    ];
    const chosen = protocol ? protocol(req) : undefined;
    if (chosen !== undefined) headers.push(`Sec-WebSocket-Protocol: ${chosen}`);
    socket.write(headers.join('\r\n') + '\r\n\r\n');
    const peer = new Peer(socket, req);
    if (head.length > 0) peer.receive(head);
    onConnection(peer, req);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ server, port, url: (path = '/') => `ws://127.0.0.1:${port}${path}` });
    });
  });
}

// A line describing a frame's payload: text as JSON when short, else sizes and hex.
function describePayload(payload, isText) {
  if (isText) return payload.length <= 40 ? JSON.stringify(payload.toString()) : `${payload.length} bytes of text`;
  return payload.length <= 16 ? `<${payload.toString('hex')}>` : `${payload.length} bytes`;
}

function describeFrame(f) {
  const names = { 0: 'cont', 1: 'text', 2: 'binary', 8: 'close', 9: 'ping', 10: 'pong' };
  let line = `${names[f.opcode] ?? `opcode ${f.opcode}`}${f.fin ? '' : ' (not fin)'}${f.rsv ? ` rsv=${f.rsv}` : ''}`;
  if (!f.masked) line += ' UNMASKED';
  if (f.opcode === 8) {
    if (f.payload.length >= 2) line += ` ${f.payload.readUInt16BE(0)} ${JSON.stringify(f.payload.subarray(2).toString())}`;
    else if (f.payload.length === 1) line += ' <1 byte>';
  } else {
    line += ` ${describePayload(f.payload, f.opcode === 1)}`;
  }
  return line;
}

function describeData(data) {
  if (typeof data === 'string') return data.length <= 40 ? JSON.stringify(data) : `string(${data.length})`;
  if (data instanceof ArrayBuffer) return `ArrayBuffer(${data.byteLength}) ${describePayload(Buffer.from(data), false)}`;
  if (data instanceof Blob) return `Blob(${data.size})`;
  return String(data);
}

// Prints a WebSocket's events as they come, prefixed by tag; resolves on 'close'.
function logEvents(ws, tag) {
  return new Promise((resolve) => {
    ws.addEventListener('open', () => {
      console.log(`${tag}: open readyState=${ws.readyState} protocol=${JSON.stringify(ws.protocol)} ` +
                  `extensions=${JSON.stringify(ws.extensions)}`);
    });
    ws.addEventListener('message', (e) => {
      console.log(`${tag}: message ${describeData(e.data)} readyState=${ws.readyState}`);
    });
    ws.addEventListener('error', (e) => {
      console.log(`${tag}: error ${e.constructor.name} message=${JSON.stringify(e.message)} ` +
                  `error=${e.error?.name} readyState=${ws.readyState}`);
    });
    ws.addEventListener('close', (e) => {
      console.log(`${tag}: close ${e.constructor.name} wasClean=${e.wasClean} code=${e.code} ` +
                  `reason=${JSON.stringify(e.reason)} readyState=${ws.readyState}`);
      resolve();
    });
  });
}

// One connection from start to end: a server whose connections go to onConnection(peer, req), a
// WebSocket to it (setup(ws, url) may act on it first), the client's events printed as they come,
// then, once the client has closed and every server socket has gone, the frames the server got.
// (The server's view prints last so that the output does not depend on which side runs first.)
async function scenario(tag, onConnection, { protocols, handshake, protocol, setup, path = '/' } = {}) {
  const seen = [];
  recording = seen;
  const srv = await startServer(onConnection, { handshake, protocol });
  let open = 0;
  let allGone;
  const gone = new Promise((resolve) => { allGone = resolve; });
  function onClose() {
    if (--open === 0) allGone();
  }
  // The listener is added again on upgrade in case the server took it off when handing the socket
  // over (it must not, but then the test would hang instead of failing).
  function watch(socket) {
    if (!socket.listeners('close').includes(onClose)) socket.on('close', onClose);
  }
  srv.server.on('connection', (socket) => {
    open++;
    watch(socket);
  });
  srv.server.prependListener('upgrade', (req, socket) => watch(socket));
  const ws = new WebSocket(srv.url(path), protocols);
  if (setup) setup(ws, srv.url(path));
  await logEvents(ws, tag);
  srv.server.close();
  if (open > 0) await gone;
  recording = null;
  for (const line of seen) console.log(`${tag}: server got ${line}`);
}

// A port nothing listens on: one the system gave and took back.
function freePort() {
  const net = require('net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// The lines of a 101 answer accepting req, before any extra header.
function acceptLines(req) {
  return ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade',
          `Sec-WebSocket-Accept: ${acceptKey(req.headers['sec-websocket-key'])}`];
}

// A handshake option answering with these lines (from lines(req)) and then, when `peer` is given,
// speaking WebSocket on the socket (peer(p) gets the Peer).
function answerWith(lines, peer) {
  return (req, socket) => {
    socket.on('error', () => {});
    socket.on('end', () => socket.end());
    socket.write(lines(req).join('\r\n') + '\r\n\r\n');
    if (peer) peer(new Peer(socket, req));
    return true;
  };
}

module.exports = {
  startServer, acceptKey, encodeFrame, closePayload, echo, Peer, GUID, scenario, logEvents, freePort,
  acceptLines, answerWith, describeData,
};
