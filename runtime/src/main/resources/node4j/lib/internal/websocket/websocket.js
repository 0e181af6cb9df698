'use strict';
// The WHATWG WebSocket client, as Node 24 has it as a global: the opening handshake is an HTTP/1.1
// Upgrade request made with node:http's client; once the server switches protocols, the socket
// carries RFC 6455 frames (internal/websocket/frames).
//
// States and events follow the oracle (Node's WebSocket): a connection that fails before or after
// opening reports 'error' then 'close' (code 1006, wasClean false); a protocol error from the server
// is answered with a close frame saying why (1002, 1007 or 1009 and a reason) before the socket is
// dropped; a close handshake completes when the server ends the TCP connection. Messages that
// arrive once closing has begun are dropped. Sends go out in call order: a Blob is read before the
// frames queued behind it, while close frames and pongs bypass the queue.
//
// wss: (and https:) URLs need TLS, which node4j does not have: such a WebSocket fails at once, with
// an error event saying so.

const { Buffer } = require('buffer');
const { EventTarget, Event } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { URL } = require('internal/url');
const { isBlob } = require('internal/blob');
const { isArrayBuffer } = require('internal/util/types');
const { MessageEvent } = require('internal/worker/io');
const { _checkIsHttpToken: isToken } = require('_http_common');
const {
  CloseEvent, ErrorEvent, illegalInvocation, requireArguments, symbolToString, symbolToNumber,
} = require('internal/websocket/events');
const {
  encodeFrame, closePayload, FrameReader, OPCODE_TEXT, OPCODE_BINARY, OPCODE_CLOSE, OPCODE_PONG,
} = require('internal/websocket/frames');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

const kGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const kOfferedExtensions = 'permessage-deflate; client_max_window_bits';

function syntaxError(message) {
  return new DOMException(message, 'SyntaxError');
}

// The protocols argument: a string, a sequence of strings, or (Node's extension) a dictionary
// { protocols, headers }.
function readProtocolsArgument(arg) {
  let headers;
  if (arg !== null && typeof arg === 'object' && typeof arg[Symbol.iterator] !== 'function') {
    headers = arg.headers;
    arg = arg.protocols;
  }
  let protocols;
  if (arg === undefined) protocols = [];
  else if (arg !== null && typeof arg === 'object' && typeof arg[Symbol.iterator] === 'function') {
    protocols = Array.from(arg, symbolToString);
  } else {
    protocols = [symbolToString(arg)];
  }
  const seen = new Set();
  for (const protocol of protocols) {
    const folded = protocol.toLowerCase();
    if (!isToken(protocol) || seen.has(folded)) throw syntaxError('Invalid Sec-WebSocket-Protocol value');
    seen.add(folded);
  }
  return { protocols, headers };
}

// Extra request headers from the dictionary form: a record or a list of [name, value] pairs.
function headerPairs(headers) {
  if (headers === undefined || headers === null) return [];
  if (typeof headers[Symbol.iterator] === 'function') {
    return Array.from(headers, (pair) => [symbolToString(pair[0]), symbolToString(pair[1])]);
  }
  return Object.keys(headers).map((name) => [name, symbolToString(headers[name])]);
}

// Request headers in order, names compared case-insensitively, each kept as first spelled.
class HeaderList {
  #entries = [];

  #find(name) {
    const lower = name.toLowerCase();
    return this.#entries.findIndex((entry) => entry[0].toLowerCase() === lower);
  }

  append(name, value) {
    const i = this.#find(name);
    if (i === -1) this.#entries.push([name, value]);
    else this.#entries[i][1] += `, ${value}`;
  }

  set(name, value) {
    const i = this.#find(name);
    if (i === -1) this.#entries.push([name, value]);
    else this.#entries[i][1] = value;
  }

  setDefault(name, value) {
    if (this.#find(name) === -1) this.#entries.push([name, value]);
  }

  flat() {
    return this.#entries.flat();
  }
}

// close()'s code: Web IDL's [Clamp] unsigned short, rounded as Node's WebSocket rounds (an odd
// integer part goes up).
function clampedCode(value) {
  let x = symbolToNumber(value);
  if (Number.isNaN(x)) return 0;
  x = Math.min(Math.max(x, 0), 65535);
  const floor = Math.floor(x);
  return (floor % 2 === 0 ? floor : Math.ceil(x)) + 0;
}

// The handshake's outcome ('open', or 'error' and 'close') is reported from a promise job, as Node's
// fetch-based handshake does: a listener's promise callbacks run before its process.nextTick ones.
function afterHandshake(fn) {
  Promise.resolve().then(fn);
}

function utf8Length(string) {
  return Buffer.byteLength(string, 'utf8');
}

// The Sec-WebSocket-Extensions answer we can accept: permessage-deflate alone, any parameters.
function acceptsExtensions(value) {
  if (value === undefined) return true;
  return !value.includes(',') && value.split(';')[0] === 'permessage-deflate';
}

class WebSocket extends EventTarget {
  #url;
  #readyState = CONNECTING;
  #protocol = '';
  #extensions = '';
  #binaryType = 'blob';
  #bufferedAmount = 0;
  #request = null;
  #socket = null;
  #reader = null;
  #sendQueue = []; // sends waiting behind a Blob being read: { opcode, bytes }, bytes null until read
  #sentClose = false;
  #receivedClose = null; // { code, reason } of the server's close frame
  #finished = false; // 'close' was dispatched
  #handlers = { open: null, error: null, close: null, message: null };

  constructor(url, protocols = undefined) {
    requireArguments(arguments.length, 'WebSocket constructor');
    url = symbolToString(url);
    let parsed;
    try {
      parsed = new URL(url);
    } catch (err) {
      throw syntaxError(`${err}`);
    }
    if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
    else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
    if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') throw syntaxError('expected a ws: or wss: url');
    if (parsed.hash !== '' || parsed.href.endsWith('#')) throw syntaxError('hash');
    const { protocols: list, headers } = readProtocolsArgument(protocols);
    super();
    this.#url = parsed;
    if (parsed.protocol === 'wss:') {
      afterHandshake(() => this.#failWithoutTls());
      return;
    }
    this.#connect(list, headerPairs(headers));
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#url in self)) throw illegalInvocation();
  }

  close(code = undefined, reason = undefined) {
    WebSocket.#check(this);
    if (code !== undefined) {
      code = clampedCode(code);
      if (code !== 1000 && (code < 3000 || code > 4999)) {
        throw new DOMException('invalid code', 'InvalidAccessError');
      }
    }
    if (reason !== undefined) {
      reason = Buffer.from(symbolToString(reason)).toString();
      const length = utf8Length(reason);
      if (length > 123) throw syntaxError(`Reason must be less than 123 bytes; received ${length}`);
    }
    if (this.#readyState === CLOSING || this.#readyState === CLOSED) return;
    if (this.#readyState === CONNECTING) {
      // Failing a connection not yet made reports at once; the state then stays CLOSING, as Node's.
      this.#abortHandshake();
      this.#readyState = CLOSING;
      return;
    }
    if (code === undefined && reason !== undefined && reason !== '') code = 1000;
    this.#readyState = CLOSING;
    this.#sendClose(code, reason);
  }

  send(data) {
    WebSocket.#check(this);
    requireArguments(arguments.length, 'WebSocket.send');
    // Views of the caller's bytes: framing copies them (masked) when they are written, and a send
    // that has to wait behind a Blob takes a copy.
    let bytes;
    let opcode = OPCODE_BINARY;
    let blob = null;
    if (isBlob(data)) {
      blob = data;
    } else if (isArrayBuffer(data)) {
      bytes = new Uint8Array(data);
    } else if (ArrayBuffer.isView(data)) {
      bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    } else {
      bytes = Buffer.from(symbolToString(data));
      opcode = OPCODE_TEXT;
    }
    if (this.#readyState === CONNECTING) throw new DOMException('Sent before connected.', 'InvalidStateError');
    if (this.#readyState !== OPEN) return;
    if (blob !== null) {
      this.#bufferedAmount += blob.size;
      const entry = { opcode, bytes: null };
      this.#sendQueue.push(entry);
      const settle = (read) => {
        entry.bytes = read;
        this.#flushQueue();
      };
      blob.bytes().then(settle, () => settle(new Uint8Array(0)));
    } else if (this.#sendQueue.length > 0) {
      this.#bufferedAmount += bytes.length;
      this.#sendQueue.push({ opcode, bytes: bytes.slice() });
    } else {
      this.#bufferedAmount += bytes.length;
      this.#writeCounted(opcode, bytes);
    }
  }

  get readyState() {
    WebSocket.#check(this);
    return this.#readyState;
  }

  get bufferedAmount() {
    WebSocket.#check(this);
    return this.#bufferedAmount;
  }

  get url() {
    WebSocket.#check(this);
    return this.#url.href;
  }

  get extensions() {
    WebSocket.#check(this);
    return this.#extensions;
  }

  get protocol() {
    WebSocket.#check(this);
    return this.#protocol;
  }

  // The on* attributes. As in Node, a new handler is a listener added after the others (the old one
  // is removed), and a value that is not a function clears it.
  #setHandler(type, handler) {
    const old = this.#handlers[type];
    if (old !== null) this.removeEventListener(type, old);
    if (typeof handler === 'function') {
      this.#handlers[type] = handler;
      this.addEventListener(type, handler);
    } else {
      this.#handlers[type] = null;
    }
  }

  get onopen() {
    WebSocket.#check(this);
    return this.#handlers.open;
  }

  set onopen(handler) {
    WebSocket.#check(this);
    this.#setHandler('open', handler);
  }

  get onerror() {
    WebSocket.#check(this);
    return this.#handlers.error;
  }

  set onerror(handler) {
    WebSocket.#check(this);
    this.#setHandler('error', handler);
  }

  get onclose() {
    WebSocket.#check(this);
    return this.#handlers.close;
  }

  set onclose(handler) {
    WebSocket.#check(this);
    this.#setHandler('close', handler);
  }

  get onmessage() {
    WebSocket.#check(this);
    return this.#handlers.message;
  }

  set onmessage(handler) {
    WebSocket.#check(this);
    this.#setHandler('message', handler);
  }

  get binaryType() {
    WebSocket.#check(this);
    return this.#binaryType;
  }

  // Anything but the string 'arraybuffer' sets 'blob' (unconverted: an object saying
  // 'arraybuffer' is not it), as Node does.
  set binaryType(value) {
    WebSocket.#check(this);
    this.#binaryType = value === 'arraybuffer' ? 'arraybuffer' : 'blob';
  }

  // ---- the opening handshake ----

  #connect(protocols, extraHeaders) {
    const http = require('http');
    const net = require('net');
    const { randomFillSync } = require('internal/crypto/random');
    const key = randomFillSync(Buffer.alloc(16)).toString('base64');
    const url = this.#url;
    // The user's headers come first, in their order (repeated names joined); the handshake's own
    // are added to any of the same name (so a user's Sec-WebSocket-Key spoils the handshake, as in
    // Node), and the defaults fill in what is missing, in the order of Node's fetch-based handshake.
    const list = new HeaderList();
    for (const [name, value] of extraHeaders) list.append(name, value);
    list.append('sec-websocket-key', key);
    list.append('sec-websocket-version', '13');
    if (protocols.length > 0) list.append('sec-websocket-protocol', protocols.join(', '));
    list.append('sec-websocket-extensions', kOfferedExtensions);
    list.setDefault('accept', '*/*');
    list.setDefault('accept-language', '*');
    list.set('sec-fetch-mode', 'websocket');
    list.setDefault('user-agent', 'node');
    list.setDefault('pragma', 'no-cache');
    list.setDefault('cache-control', 'no-cache');
    list.setDefault('accept-encoding', 'gzip, deflate');
    const headers = ['host', url.host, 'connection', 'upgrade', 'upgrade', 'websocket', ...list.flat()];
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const port = url.port === '' ? 80 : Number(url.port);
    let req;
    try {
      req = http.request({
        method: 'GET',
        host,
        port,
        path: `${url.pathname}${url.search}`,
        headers,
        createConnection: () => net.createConnection({ host, port }),
      });
    } catch {
      afterHandshake(() => this.#failHandshake());
      return;
    }
    this.#request = req;
    req.on('upgrade', (res, socket, head) => {
      afterHandshake(() => this.#onUpgrade(res, socket, head, key, protocols));
    });
    req.on('response', (res) => {
      res.resume();
      afterHandshake(() => this.#failHandshake());
    });
    req.on('error', () => afterHandshake(() => this.#failHandshake()));
    req.end();
  }

  #onUpgrade(res, socket, head, key, protocols) {
    this.#request = null;
    if (this.#readyState !== CONNECTING) {
      socket.destroy();
      return;
    }
    const crypto = require('crypto');
    const expected = crypto.createHash('sha1').update(key + kGuid).digest('base64');
    const h = res.headers;
    const chosen = h['sec-websocket-protocol'];
    const ok = `${h.upgrade}`.toLowerCase() === 'websocket' &&
      `${h.connection}`.toLowerCase() === 'upgrade' &&
      h['sec-websocket-accept'] === expected &&
      acceptsExtensions(h['sec-websocket-extensions']) &&
      (chosen === undefined ? protocols.length === 0 : protocols.includes(chosen));
    if (!ok) {
      socket.destroy();
      this.#failHandshake();
      return;
    }
    this.#socket = socket;
    this.#protocol = chosen ?? '';
    this.#extensions = h['sec-websocket-extensions'] ?? '';
    this.#reader = new FrameReader({
      onMessage: (isText, data) => this.#onMessage(isText, data),
      onPing: (payload) => this.#onPing(payload),
      onPong: () => {},
      onClose: (code, reason) => this.#onClose(code, reason),
      onFail: (code, reason) => this.#onFail(code, reason),
    }, { deflate: this.#extensions !== '' });
    socket.setTimeout(0);
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.#reader.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => this.#onSocketClose());
    // Frames that came with the handshake's response are read from a tick queued before 'open' is
    // dispatched: after the open listeners' promise callbacks, before their ticks, as in Node.
    if (head.length > 0) process.nextTick(() => this.#reader.push(head));
    this.#readyState = OPEN;
    this.dispatchEvent(new Event('open'));
    socket.resume();
  }

  #abortHandshake() {
    const req = this.#request;
    this.#request = null;
    if (req !== null) {
      req.removeAllListeners('upgrade');
      req.removeAllListeners('response');
      req.on('error', () => {});
      req.destroy();
    }
    this.#failHandshake();
  }

  #failHandshake() {
    this.#request = null;
    this.#finish(false);
  }

  #failWithoutTls() {
    const error = new Error(`WebSocket: ${this.#url.protocol} URLs need TLS, which node4j does not support`);
    error.code = 'ERR_NODE4J_NO_TLS';
    this.#finish(false, error);
  }

  // ---- frames from the server (reported by the FrameReader) ----

  // data: a string, or a view of the received bytes (copied here, once).
  #onMessage(isText, data) {
    if (this.#readyState !== OPEN) return;
    let value = data;
    if (!isText) {
      if (this.#binaryType === 'arraybuffer') {
        value = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      } else {
        const { Blob } = require('internal/blob');
        value = new Blob([data]);
      }
    }
    this.dispatchEvent(new MessageEvent('message', { data: value, origin: this.#url.origin }));
  }

  // Pings are answered while closing too (the reader stops at the server's close frame), as Node does.
  #onPing(payload) {
    this.#write(OPCODE_PONG, payload);
  }

  #onClose(code, reason) {
    this.#receivedClose = { code, reason };
    if (this.#readyState === OPEN) this.#readyState = CLOSING;
    if (!this.#sentClose) this.#sendClose(code, undefined);
  }

  #onFail(code, reason) {
    if (!this.#sentClose) {
      this.#sentClose = true;
      this.#write(OPCODE_CLOSE, closePayload(code, reason));
    }
    if (this.#readyState === OPEN) this.#readyState = CLOSING;
    const socket = this.#socket;
    socket.end(() => socket.destroy());
  }

  // ---- sending ----

  #sendClose(code, reason) {
    this.#sentClose = true;
    this.#write(OPCODE_CLOSE, closePayload(code, reason));
  }

  #write(opcode, payload, done) {
    const socket = this.#socket;
    if (socket === null || socket.destroyed || socket.writableEnded) {
      if (done) done();
      return;
    }
    socket.write(encodeFrame(opcode, payload), done);
  }

  #writeCounted(opcode, bytes) {
    this.#write(opcode, bytes, () => {
      this.#bufferedAmount -= bytes.length;
    });
  }

  // Writes the queued frames up to the first Blob not read yet.
  #flushQueue() {
    const queue = this.#sendQueue;
    while (queue.length > 0 && queue[0].bytes !== null) {
      const entry = queue.shift();
      this.#writeCounted(entry.opcode, entry.bytes);
    }
  }

  // ---- closing ----

  #onSocketClose() {
    if (this.#reader !== null) this.#reader.stop();
    const received = this.#receivedClose;
    this.#finish(this.#sentClose && received !== null,
                 undefined, received === null ? 1006 : (received.code ?? 1005), received?.reason ?? '');
  }

  // The end of the connection: 'error' first unless it closed cleanly, then 'close'.
  #finish(wasClean, error = new TypeError(), code = 1006, reason = '') {
    if (this.#finished) return;
    this.#finished = true;
    this.#readyState = CLOSED;
    if (!wasClean) {
      this.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    }
    this.dispatchEvent(new CloseEvent('close', { wasClean, code, reason }));
  }
}

for (const key of ['close', 'send', 'readyState', 'bufferedAmount', 'url', 'extensions', 'protocol',
                   'onopen', 'onerror', 'onclose', 'onmessage', 'binaryType']) {
  Object.defineProperty(WebSocket.prototype, key, { enumerable: true });
}
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, {
  value: 'WebSocket', writable: false, enumerable: false, configurable: true,
});
for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING],
                             ['CLOSED', CLOSED]]) {
  const descriptor = { value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(WebSocket, name, descriptor);
  Object.defineProperty(WebSocket.prototype, name, descriptor);
}

module.exports = { WebSocket, CloseEvent };
