// What node:net exports, the methods of Socket and Server, the own properties of fresh objects,
// and the aliases (Stream, createConnection, import of node:net).
'use strict';
const net = require('net');

console.log(Object.keys(net).filter((k) => k !== 'BoundSocket').sort().join(','));
console.log('Stream is Socket', net.Stream === net.Socket, 'createConnection is connect', net.createConnection === net.connect);
console.log('Socket is a Duplex', new net.Socket() instanceof require('stream').Duplex);
console.log('Server is an EventEmitter', net.createServer() instanceof require('events'));
const socketMethods = ['connect', 'write', 'end', 'destroy', 'destroySoon', 'resetAndDestroy', 'setEncoding',
  'setNoDelay', 'setKeepAlive', 'setTimeout', 'address', 'ref', 'unref', 'pause', 'resume',
  'setTypeOfService', 'getTypeOfService'];
console.log('socket methods', socketMethods.every((m) => typeof net.Socket.prototype[m] === 'function'));
const serverMethods = ['listen', 'close', 'address', 'getConnections', 'ref', 'unref'];
console.log('server methods', serverMethods.every((m) => typeof net.Server.prototype[m] === 'function'),
            typeof net.Server.prototype[Symbol.asyncDispose]);
const s = new net.Socket();
console.log('socket keys', Object.keys(s).join(','));
console.log('socket fields', s.connecting, s._hadError, s._parent, s._host, s.server, s._server, s.allowHalfOpen,
            s.bytesRead, s.bytesWritten, s.timeout, s.remoteAddress, s.localPort, JSON.stringify(s.address()));
const srv = new net.Server();
console.log('server keys', Object.keys(srv).join(','));
console.log('server fields', srv._connections, srv.allowHalfOpen, srv.pauseOnConnect, srv.noDelay, srv.keepAlive,
            srv.keepAliveInitialDelay, srv.highWaterMark, srv.listening, srv.maxConnections);
console.log('without new', net.Socket() instanceof net.Socket, net.Server() instanceof net.Server);
console.log('_normalizeArgs', JSON.stringify(net._normalizeArgs([80, 'host', () => {}])),
            JSON.stringify(net._normalizeArgs(['/tmp/x.sock'])), JSON.stringify(net._normalizeArgs([{ port: 1 }])));
console.log('builtin', require('module').isBuiltin('net'), require('module').isBuiltin('node:net'),
            require('module').builtinModules.includes('net'));
import('node:net').then((ns) => {
  console.log('import', ns.default === net, ns.Socket === net.Socket, typeof ns.createServer);
});
