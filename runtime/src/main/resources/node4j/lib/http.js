'use strict';
// node:http: the HTTP/1.1 server and client, built on node:net.

const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse } = require('_http_server');
const { validateInteger } = require('internal/validators');

let agentModule;
function lazyAgent() {
  agentModule ??= require('_http_agent');
  return agentModule;
}
let clientModule;
function lazyClient() {
  clientModule ??= require('_http_client');
  return clientModule;
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(url, options, cb) {
  const { ClientRequest } = lazyClient();
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

// Parsers are not pooled here, so there is nothing to size; the argument is still checked.
function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
}

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  get Agent() { return lazyAgent().Agent; },
  get ClientRequest() { return lazyClient().ClientRequest; },
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: 16384,
};

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return lazyAgent().globalAgent; },
  set(value) { lazyAgent().globalAgent = value; },
});

// undici's WebSocket classes, which Node's http module re-exports (the globals' very objects).
for (const name of ['WebSocket', 'CloseEvent', 'MessageEvent']) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() { return globalThis[name]; },
  });
}
