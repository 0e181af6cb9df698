// Header name and value checks: http.validateHeaderName/Value and setHeader's errors.
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
attempt('name empty', () => http.validateHeaderName(''));
attempt('name space', () => http.validateHeaderName('a b'));
attempt('name number', () => http.validateHeaderName(5));
attempt('name utf8', () => http.validateHeaderName('caf\u00e9'));
attempt('name ok', () => http.validateHeaderName('X-Good_Name!'));
attempt('value undefined', () => http.validateHeaderValue('X-A', undefined));
attempt('value newline', () => http.validateHeaderValue('X-A', 'a\nb'));
attempt('value unicode', () => http.validateHeaderValue('X-A', '\u0100'));
attempt('value number', () => http.validateHeaderValue('X-A', 1));
attempt('value tab', () => http.validateHeaderValue('X-A', 'a\tb'));

const res = new http.ServerResponse(new http.IncomingMessage(null));
attempt('setHeader bad name', () => res.setHeader('bad name', 'x'));
attempt('setHeader undefined', () => res.setHeader('X-A'));
attempt('setHeader crlf', () => res.setHeader('X-A', 'a\r\nInjected: 1'));
attempt('getHeader number', () => res.getHeader(1));
attempt('hasHeader object', () => res.hasHeader({}));
attempt('removeHeader null', () => res.removeHeader(null));
attempt('appendHeader bad', () => res.appendHeader('a:b', 'x'));
attempt('addTrailers bad name', () => res.addTrailers({ 'bad name': 'x' }));
attempt('addTrailers bad value', () => res.addTrailers({ good: 'a\nb' }));
attempt('writeHead 99', () => res.writeHead(99));
attempt('writeHead 1000', () => res.writeHead(1000));
attempt('writeHead string', () => res.writeHead('abc'));
attempt('writeHead bad message', () => res.writeHead(200, 'OK\r\nX: y'));
attempt('writeHead odd array', () => res.writeHead(200, ['a', 'b', 'c']));
