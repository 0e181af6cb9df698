// What connect() and Socket methods throw for bad arguments, with Node's codes and messages.
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    const s = fn();
    console.log(label, '-> no throw', s && s.constructor.name);
    if (s && typeof s.destroy === 'function') {
      s.on('error', () => {});
      s.destroy();
    }
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('connect()', () => net.connect());
attempt('connect({})', () => net.connect({}));
attempt('port -1', () => net.connect({ port: -1 }));
attempt('port 65536', () => net.connect(65536));
attempt("port 'abc' (a pipe name)", () => net.connect({ port: 'abc' }));
attempt('port true', () => net.connect({ port: true }));
attempt('port 1.5', () => net.connect({ port: 1.5 }));
attempt("port ' '", () => net.connect({ port: ' ' }));
attempt('host 5', () => net.connect({ port: 80, host: 5 }));
attempt('localAddress x', () => net.connect({ port: 80, localAddress: 'x' }));
attempt('localPort x', () => net.connect({ port: 80, localPort: 'x' }));
attempt('family 5', () => net.connect({ port: 80, family: 5 }));
attempt('lookup 5', () => net.connect({ port: 80, host: 'example.invalid', lookup: 5 }));
attempt('autoSelectFamily 1', () => net.connect({ port: 80, autoSelectFamily: 1 }));
attempt('attempt timeout 0', () => net.connect({ port: 80, autoSelectFamilyAttemptTimeout: 0 }));
attempt('path 5', () => net.connect({ path: 5 }));
attempt('timeout -1', () => net.connect({ port: 80, timeout: -1 }));
attempt('setTimeout(-1)', () => new net.Socket().setTimeout(-1));
attempt("setTimeout('1')", () => new net.Socket().setTimeout('1'));
attempt('setTimeout(NaN)', () => new net.Socket().setTimeout(NaN));
attempt('setTimeout(10, 5)', () => new net.Socket().setTimeout(10, 5));
attempt('fd -5', () => new net.Socket({ fd: -5 }));
attempt('objectMode', () => new net.Socket({ objectMode: true }));
attempt('readableObjectMode', () => new net.Socket({ readableObjectMode: true }));
attempt('keepAliveInitialDelay x', () => new net.Socket({ keepAliveInitialDelay: 'x' }));
attempt('setTypeOfService(256)', () => new net.Socket().setTypeOfService(256));
attempt("setTypeOfService('1')", () => new net.Socket().setTypeOfService('1'));
attempt('blockList {}', () => new net.Socket({ blockList: {} }));
attempt('onread callback 5', () => new net.Socket({ onread: { buffer: Buffer.alloc(4), callback: 5 } }));

// A write on a socket that never connected fails on the socket, not by throwing.
const lonely = new net.Socket();
lonely.on('error', (e) => console.log('write on an unconnected socket ->', e.code, e.message));
console.log('write returned', lonely.write('x', (e) => console.log('write callback', e && e.code)));
