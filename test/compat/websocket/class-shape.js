'use strict';
// The WebSocket class as a Node user sees it: the constants (static and on the prototype), the
// prototype's members and their descriptors, brand checks, and util.inspect.
const util = require('util');

console.log(typeof WebSocket, WebSocket.name, WebSocket.length);
console.log(Object.getPrototypeOf(WebSocket) === EventTarget);
console.log(Object.getPrototypeOf(WebSocket.prototype) === EventTarget.prototype);
console.log(Object.getOwnPropertyNames(WebSocket));
console.log(Object.getOwnPropertyNames(WebSocket.prototype));
for (const name of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) {
  console.log(name, WebSocket[name], WebSocket.prototype[name],
              Object.getOwnPropertyDescriptor(WebSocket, name));
}
for (const name of ['url', 'readyState', 'binaryType', 'onopen', 'send', 'close']) {
  const d = Object.getOwnPropertyDescriptor(WebSocket.prototype, name);
  console.log(name, d);
}
console.log(WebSocket.prototype.send.length, WebSocket.prototype.close.length);
console.log(Object.prototype.toString.call(WebSocket.prototype));
console.log(Object.getOwnPropertyDescriptor(WebSocket.prototype, Symbol.toStringTag));

for (const [label, fn] of [
  ['url', () => Object.getOwnPropertyDescriptor(WebSocket.prototype, 'url').get.call({})],
  ['readyState', () => Object.getOwnPropertyDescriptor(WebSocket.prototype, 'readyState').get.call(null)],
  ['send', () => WebSocket.prototype.send.call({}, 'x')],
  ['close', () => WebSocket.prototype.close.call(new EventTarget())],
]) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}

const ws = new WebSocket('ws://127.0.0.1:1/x');
console.log(util.inspect(ws), util.inspect(ws, { depth: -1 }), util.inspect([ws]));
console.log(Object.keys(ws), Object.getOwnPropertyNames(ws));
console.log(ws.url, ws.readyState, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions), ws.binaryType,
            ws.bufferedAmount);
console.log(ws.onopen, ws.onmessage, ws.onerror, ws.onclose);
ws.binaryType = 'foo';
console.log(ws.binaryType);
ws.binaryType = 'arraybuffer';
console.log(ws.binaryType);
ws.binaryType = 'Blob';
console.log(ws.binaryType);
ws.binaryType = 'arraybuffer';
ws.binaryType = { toString() { return 'arraybuffer'; } };
console.log(ws.binaryType);
ws.binaryType = 'arraybuffer';
ws.binaryType = Symbol('s');
console.log(ws.binaryType);
console.log(ws instanceof EventTarget, ws.CONNECTING, ws.CLOSED);
ws.onerror = () => console.log('error event');
ws.onclose = (e) => console.log('close event', e.code);
