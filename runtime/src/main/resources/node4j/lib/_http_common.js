'use strict';
// node:_http_common: what the server and the client share: the parser, the token and header-value
// checks, and the few expressions Node exports here.

const { HTTPParser, methods, tokenChars } = require('internal/http/parser');

const CRLF = '\r\n';
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

// True when val is a non-empty HTTP token (a header name, a method).
function checkIsHttpToken(val) {
  if (typeof val !== 'string' || val.length === 0) return false;
  for (let i = 0; i < val.length; i++) {
    const c = val.charCodeAt(i);
    if (c > 255 || tokenChars[c] !== 1) return false;
  }
  return true;
}

// True when a header value holds a character HTTP forbids (controls other than tab, or above 0xff).
function checkInvalidHeaderChar(val) {
  for (let i = 0; i < val.length; i++) {
    const c = val.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 127 || c > 255) return true;
  }
  return false;
}

// Parsers are not pooled: a parser is a small object, and a fresh one per connection is simpler.
function freeParser(parser, req, socket) {
  if (parser) {
    parser.onHeadersComplete = null;
    parser.onBody = null;
    parser.onMessageComplete = null;
    parser.socket = null;
    parser.incoming = null;
  }
  if (socket) socket.parser = null;
  if (req) req.parser = null;
}

let maxHeaderSizeValue = 16384;

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF,
  freeParser,
  methods: methods.slice(),
  HTTPParser,
  kIncomingMessage: Symbol('IncomingMessage'),
  kRequestTimeout: Symbol('RequestTimeout'),
  get maxHeaderSize() { return maxHeaderSizeValue; },
};
