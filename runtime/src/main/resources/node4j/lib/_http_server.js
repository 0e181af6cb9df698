'use strict';
// node:_http_server: http.Server (a net.Server speaking HTTP/1.1 on each connection) and
// ServerResponse. Requests pipelined on one connection are answered in order: a response waits in
// the connection's queue until the one before it finishes.

const net = require('net');
const { HTTPParser, REQUEST } = require('internal/http/parser');
const common = require('_http_common');
const { continueExpression, _checkInvalidHeaderChar: checkInvalidHeaderChar } = common;

function maxHeaderSize() {
  return common.maxHeaderSize;
}
const { OutgoingMessage, kOutHeaders, kUniqueHeaders, kHighWaterMark } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const { codes: {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED, ERR_INVALID_CHAR,
  ERR_INVALID_ARG_VALUE, ERR_HTTP_REQUEST_TIMEOUT, ERR_OUT_OF_RANGE,
} } = require('internal/errors');
const { validateObject, validateInteger, validateBoolean } = require('internal/validators');

const dc = require('diagnostics_channel');
const onRequestStart = dc.channel('http.server.request.start');
const onResponseCreated = dc.channel('http.server.response.created');
const onResponseFinish = dc.channel('http.server.response.finish');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity',
  423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kIncomingMessageClass = Symbol('IncomingMessage');
const kConnections = Symbol('http.server.connections');
const kConnectionState = Symbol('http.server.connectionState');
const kCheckTimer = Symbol('http.server.checkTimer');

// What the server answers on its own when a request cannot be read and nobody handles 'clientError'.
const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const headersTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const payloadTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te ?? '');
    this.shouldKeepAlive = false;
  }
  this.statusCode = 200;
  this.statusMessage = undefined;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = Array.isArray(hints.link) ? hints.link.join(', ') : String(hints.link);
  if (link.length === 0) return;
  if (checkInvalidHeaderChar(link)) throw new ERR_INVALID_CHAR('header content', 'Link');
  let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (Array.isArray(obj)) {
      // A flat [name, value, ...] list replaces the headers of those names (an array of pairs is
      // refused here, as Node refuses it: removeHeader sees an array for a name).
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) this.appendHeader(obj[n], obj[n + 1]);
    } else if (obj) {
      for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function storeHTTPOptions(options) {
  this[kIncomingMessageClass] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize, requestTimeout, headersTimeout, connectionsCheckingInterval, requireHostHeader,
          joinDuplicateHeaders, insecureHTTPParser, rejectNonStandardBodyWrites, highWaterMark } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (requestTimeout !== undefined) validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout ?? 300000;
  if (headersTimeout !== undefined) validateInteger(headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = headersTimeout ?? Math.min(60000, this.requestTimeout);
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  }
  this.connectionsCheckingInterval = connectionsCheckingInterval ?? 30000;
  if (requireHostHeader !== undefined) validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader ?? true;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  }
  this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites ?? false;
  this[kHighWaterMark] = highWaterMark;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.keepAliveTimeout = 5000;
  this[kConnections] = new Set();
  this[kUniqueHeaders] = null;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// headersTimeout and requestTimeout are enforced by a periodic check of the open connections, as in
// Node (connectionsCheckingInterval), so a slow client costs no timer of its own.
function setupConnectionsTracking() {
  if (this[kCheckTimer]) clearInterval(this[kCheckTimer]);
  if (this.connectionsCheckingInterval > 0 && (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kCheckTimer] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kConnectionState];
    if (!state || state.requestStart === 0) continue;
    const headersLate = this.headersTimeout > 0 && !state.headersDone &&
      now - state.requestStart > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && now - state.requestStart > this.requestTimeout;
    if (headersLate || requestLate) socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}

Server.prototype.close = function close(cb) {
  if (this[kCheckTimer]) {
    clearInterval(this[kCheckTimer]);
    this[kCheckTimer] = null;
  }
  net.Server.prototype.close.call(this, cb);
  this.closeIdleConnections();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of [...this[kConnections]]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of [...this[kConnections]]) {
    const state = socket[kConnectionState];
    if (!socket._httpMessage && state && state.incoming.length === 0 && state.requestStart === 0) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.for('nodejs.rejection')] = function(err, event, ...args) {
  switch (event) {
    case 'request': {
      const { 1: res } = args;
      if (!res.headersSent && !res.writableEnded) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      net.Server.prototype[Symbol.for('nodejs.rejection')]?.apply(this, [err, event, ...args]);
  }
};

function connectionListener(socket) {
  const server = this;
  server[kConnections].add(socket);
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = new HTTPParser(REQUEST, {
    maxHeaderSize: server.maxHeaderSize ?? maxHeaderSize(),
    lenient: !!server.insecureHTTPParser,
  });
  parser.socket = socket;
  socket.parser = parser;
  socket.server = server;

  const state = {
    incoming: [],
    outgoing: [],
    keepAliveTimeoutSet: false,
    requestsCount: 0,
    requestStart: 0,
    headersDone: false,
    currentRequest: null,
    upgradeRequest: null,
  };
  socket[kConnectionState] = state;

  parser.onHeadersComplete = (info) => parserOnHeadersComplete(server, socket, parser, state, info);
  parser.onBody = (chunk) => {
    const req = state.currentRequest;
    if (req === null || req._dumped) return;
    if (!req.push(chunk)) readStopSocket(socket);
  };
  parser.onMessageComplete = (trailers) => {
    const req = state.currentRequest;
    state.currentRequest = null;
    state.requestStart = 0;
    state.headersDone = false;
    if (req === null) return;
    req.complete = true;
    if (trailers && trailers.length) {
      req._addHeaderLines(trailers, trailers.length);
    }
    req.push(null);
  };

  // Kept to be removed one by one on an upgrade: the program's own listeners stay.
  state.onData = (data) => socketOnData(server, socket, parser, state, data);
  state.onEnd = () => socketOnEnd(server, socket, parser, state);
  state.onClose = () => socketOnClose(server, socket, parser, state);
  state.onDrain = () => socketOnDrain(socket, state);
  socket.on('data', state.onData);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  socket.on('error', socketOnError);
  socket._paused = false;
}

function readStopSocket(socket) {
  socket.pause();
}

function socketOnData(server, socket, parser, state, data) {
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(0);
    if (server.timeout) socket.setTimeout(server.timeout);
    state.keepAliveTimeoutSet = false;
  }
  if (state.requestStart === 0) state.requestStart = Date.now();
  const ret = parser.execute(data);
  onParserExecute(server, socket, parser, state, ret, data);
}

function onParserExecute(server, socket, parser, state, ret, data) {
  if (ret instanceof Error) {
    ret.rawPacket = data;
    socketOnError.call(socket, ret);
    return;
  }
  const req = state.upgradeRequest;
  if (req === null) return;
  state.upgradeRequest = null;
  const head = data.subarray(ret);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  socket.removeListener('data', state.onData);
  socket.removeListener('end', state.onEnd);
  socket.removeListener('close', state.onClose);
  socket.removeListener('drain', state.onDrain);
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  socket.parser = null;
  socket[kConnectionState] = null;
  server[kConnections].delete(socket);
  state.incoming.length = 0;
  if (server.listenerCount(eventName) > 0) {
    socket.setTimeout(0);
    server.emit(eventName, req, socket, head);
  } else {
    socket.destroy();
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    abortIncoming(state);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function abortIncoming(state) {
  while (state.incoming.length) {
    const req = state.incoming.shift();
    if (!req.destroyed) req.destroy(connResetException('aborted'));
  }
}

function socketOnClose(server, socket, parser, state) {
  server[kConnections].delete(socket);
  parser.onHeadersComplete = () => 0;
  parser.onBody = () => {};
  parser.onMessageComplete = () => {};
  socket.parser = null;
  abortIncoming(state);
  // The responses still queued will never be sent.
  for (const res of state.outgoing) emitCloseNT(res);
  state.outgoing.length = 0;
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoing.length > 16;
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg._flush?.();
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this[kConnectionState]?.incoming[0];
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function noop() {}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  const server = this.server;
  if (!server.emit('clientError', e, this)) {
    if (this.writable && this.bytesWritten === 0) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = headersTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = payloadTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function parserOnHeadersComplete(server, socket, parser, state, info) {
  state.headersDone = true;
  const req = new server[kIncomingMessageClass](socket);
  req.httpVersionMajor = info.versionMajor;
  req.httpVersionMinor = info.versionMinor;
  req.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  req.joinDuplicateHeaders = !!server.joinDuplicateHeaders;
  let n = info.headers.length;
  if (server.maxHeadersCount > 0) n = Math.min(n, server.maxHeadersCount * 2);
  else if (server.maxHeadersCount !== 0) n = Math.min(n, 4000);
  req._addHeaderLines(info.headers, n);
  req.method = info.method;
  req.url = info.url;
  req.upgrade = info.upgrade;
  state.currentRequest = req;

  if (info.upgrade) {
    const eventName = info.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'connect' || server.listenerCount(eventName) > 0) {
      state.upgradeRequest = req;
      state.currentRequest = null;
      return 2;
    }
    // Nobody takes the upgrade: the request is an ordinary one.
    req.upgrade = false;
  }
  parserOnIncoming(server, socket, state, req, info.shouldKeepAlive);
  return 0;
}

function emitRequest(server, req, res, socket) {
  if (onRequestStart.hasSubscribers) onRequestStart.publish({ request: req, response: res, socket, server });
  server.emit('request', req, res);
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  state.incoming.push(req);
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || ws.length >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  if (onResponseCreated.hasSubscribers) onResponseCreated.publish({ request: req, response: res });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  res.shouldKeepAlive = keepAlive && res.shouldKeepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];

  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  res.on('finish', () => resOnFinish(req, res, socket, state, server));

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return;
    }
  }

  if (server.maxRequestsPerSocket > 0) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    if (server.maxRequestsPerSocket < state.requestsCount) {
      res.writeHead(503);
      res.end();
      return;
    }
  }

  const expect = req.headers.expect;
  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (continueExpression.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        emitRequest(server, req, res, socket);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    emitRequest(server, req, res, socket);
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData = (state.outgoingData || 0) + delta;
}

function resOnFinish(req, res, socket, state, server) {
  if (onResponseFinish.hasSubscribers) onResponseFinish.publish({ request: req, response: res, socket, server });
  const index = state.incoming.indexOf(req);
  if (index !== -1) state.incoming.splice(index, 1);
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    next.assignSocket(socket);
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
};
