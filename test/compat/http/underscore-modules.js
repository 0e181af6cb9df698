// The underscore modules Node keeps public, and what they share with node:http.
'use strict';
const http = require('http');
const agent = require('_http_agent');
const client = require('_http_client');
const common = require('_http_common');
const incoming = require('_http_incoming');
const outgoing = require('_http_outgoing');
const server = require('_http_server');
console.log(agent.Agent === http.Agent, agent.globalAgent === http.globalAgent);
console.log(client.ClientRequest === http.ClientRequest);
console.log(incoming.IncomingMessage === http.IncomingMessage, outgoing.OutgoingMessage === http.OutgoingMessage);
console.log(server.Server === http.Server, server.ServerResponse === http.ServerResponse,
            server.STATUS_CODES === http.STATUS_CODES);
console.log(outgoing.validateHeaderName === http.validateHeaderName);
console.log(typeof common._checkIsHttpToken, common._checkIsHttpToken('ok'), common._checkIsHttpToken('no way'));
console.log(common._checkInvalidHeaderChar('fine'), common._checkInvalidHeaderChar('bad\n'));
console.log(common.CRLF === '\r\n', common.chunkExpression.test('gzip, chunked'),
            common.continueExpression.test('100-Continue'));
console.log(require('node:http') === http, require('module').isBuiltin('_http_agent'),
            require('module').builtinModules.filter((m) => m === 'http' || m.startsWith('_http')));
console.log(Object.getPrototypeOf(http.ServerResponse.prototype) === http.OutgoingMessage.prototype,
            Object.getPrototypeOf(http.ClientRequest.prototype) === http.OutgoingMessage.prototype,
            http.IncomingMessage.prototype instanceof require('stream').Readable,
            http.OutgoingMessage.prototype instanceof require('stream').Stream,
            http.Server.prototype instanceof require('net').Server);
