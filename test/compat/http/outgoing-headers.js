// The header map of an outgoing message: set, get, append, remove, names (raw and lower-case).
'use strict';
const http = require('http');

const res = new http.ServerResponse(new http.IncomingMessage(null));
res.setHeader('Content-Type', 'text/html');
res.setHeader('X-Multi', ['a', 'b']);
res.setHeader('x-number', 5);
res.appendHeader('X-Multi', 'c');
res.appendHeader('Set-Cookie', 'one=1');
res.appendHeader('set-cookie', ['two=2', 'three=3']);
console.log(res.getHeaders());
console.log(res.getHeaderNames(), res.getRawHeaderNames());
console.log(res.getHeader('CONTENT-TYPE'), res.getHeader('missing'), res.hasHeader('X-MULTI'), res.hasHeader('nope'));
res.removeHeader('x-number');
res.removeHeader('not-there');
console.log(res.getHeaderNames());
console.log(res.statusCode, res.statusMessage, res.sendDate, res.headersSent, res.writableEnded,
            res.writableFinished, res.finished, res.chunkedEncoding, res.useChunkedEncodingByDefault);
console.log(res.setHeader('a', 'b') === res);
const headers = new Map([['x-from-map', '1'], ['set-cookie', 'c=1']]);
res.setHeaders(headers);
console.log(res.getHeaders());
try { res.setHeaders({ a: 1 }); } catch (e) { console.log(e.code, e.message); }
