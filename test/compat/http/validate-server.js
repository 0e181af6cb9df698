// http.createServer's option checks, and write argument errors.
'use strict';
const http = require('http');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('options string', () => http.createServer('x'));
attempt('maxHeaderSize', () => http.createServer({ maxHeaderSize: 'a' }));
attempt('requestTimeout', () => http.createServer({ requestTimeout: -1 }));
attempt('headersTimeout > requestTimeout', () => http.createServer({ headersTimeout: 10, requestTimeout: 5 }));
attempt('requireHostHeader', () => http.createServer({ requireHostHeader: 'yes' }));
attempt('insecureHTTPParser', () => http.createServer({ insecureHTTPParser: 1 }));
attempt('fine', () => http.createServer({ keepAliveTimeout: 1 }));
const res = new http.ServerResponse(new http.IncomingMessage(null));
attempt('write number', () => res.write(5));
attempt('write null', () => res.write(null));
attempt('write object', () => res.write({}));
attempt('end number', () => res.end(5));
attempt('setMaxIdleHTTPParsers', () => http.setMaxIdleHTTPParsers(0));
attempt('setMaxIdleHTTPParsers ok', () => http.setMaxIdleHTTPParsers(10));
console.log(typeof http.Server, http.Server() instanceof http.Server);
