// http.STATUS_CODES and http.METHODS.
'use strict';
const http = require('http');
console.log(http.STATUS_CODES);
console.log(http.METHODS);
// WebSocket, CloseEvent, MessageEvent (undici's) and setGlobalProxyFromEnv are not part of node4j's http.
const notHere = ['CloseEvent', 'MessageEvent', 'WebSocket', 'setGlobalProxyFromEnv'];
console.log(Object.keys(http).filter((k) => !notHere.includes(k)).sort().join());
