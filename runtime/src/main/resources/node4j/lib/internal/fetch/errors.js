'use strict';
// The errors fetch rejects with: "TypeError: fetch failed" whose cause is a network error's reason,
// and undici's own error classes where node:http reports the same failure in its own words.

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

// A network error's cause: the error itself, or an Error with the reason (none for some, as in Node).
function networkError(reason) {
  return reason instanceof Error ? reason : new Error(reason);
}

// An Error subclass with undici's name and code.
function undiciError(name, code) {
  return {
    [name]: class extends Error {
      constructor(message) {
        super(message);
        this.name = name;
        if (code !== undefined) this.code = code;
      }
    },
  }[name];
}

const SocketError = undiciError('SocketError', 'UND_ERR_SOCKET');
const HTTPParserError = undiciError('HTTPParserError');
const InvalidArgumentError = undiciError('InvalidArgumentError', 'UND_ERR_INVALID_ARG');
const NotSupportedError = undiciError('NotSupportedError', 'UND_ERR_NOT_SUPPORTED');
const RequestContentLengthMismatchError = undiciError('RequestContentLengthMismatchError',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');

function contentLengthMismatch() {
  return new RequestContentLengthMismatchError('Request body length does not match content-length header');
}

// node:http's error for a connection that failed, as undici reports it: the peer closing early,
// a response the parser refuses; others (ECONNREFUSED...) as they are.
function connectionError(err) {
  if (err?.code === 'ECONNRESET' && err.message === 'socket hang up') return new SocketError('other side closed');
  if (typeof err?.code === 'string' && err.code.startsWith('HPE_')) {
    const reason = err.reason ?? err.message.replace(/^Parse Error: /, '');
    return new HTTPParserError(`Response does not match the HTTP/1.1 protocol (${reason})`);
  }
  return err;
}

module.exports = {
  fetchFailed, networkError, connectionError, contentLengthMismatch, SocketError, InvalidArgumentError,
  NotSupportedError,
};
